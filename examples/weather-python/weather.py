"""The weather MCP server of the Azure Functions BYO recipe, done right on the current SDK line
(mcp 2.x): MCPServer, stateless Streamable HTTP, and the port the Functions host gives in
FUNCTIONS_CUSTOMHANDLER_PORT. No network: the weather is computed from the city's name."""

import os

from mcp.server.mcpserver import MCPServer

mcp = MCPServer("weather", version="1.0.0")

KINDS = ["sunny", "cloudy", "rain", "showers", "windy", "fog"]


@mcp.tool()
def get_forecast(city: str, days: int = 3) -> str:
    """Weather forecast for a city, for 1 to 7 days."""
    days = max(1, min(days, 7))
    seed = sum(ord(c) for c in city.lower())
    lines = [
        f"Day {d + 1}: {KINDS[(seed + 3 * d) % len(KINDS)]}, {2 + (seed + 5 * d) % 9}-{12 + (seed + 5 * d) % 15} C"
        for d in range(days)
    ]
    return f"Forecast for {city}:\n" + "\n".join(lines)


@mcp.tool()
def get_alerts(state: str) -> str:
    """Active weather alerts for a US state (two-letter code, e.g. CA)."""
    return f"No active alerts for {state.upper()}."


if __name__ == "__main__":
    port = int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", "8000"))
    # Binds 127.0.0.1 (where the Functions host calls it); the SDK then answers 421 to any other
    # Host header, which is why host.json must use enableProxyingHttpRequest.
    mcp.run(transport="streamable-http", port=port, stateless_http=True)
