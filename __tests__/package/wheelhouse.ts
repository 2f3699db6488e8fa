import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Writes a tiny wheelhouse with Python's standard library (zipfile + a real dist-info):
 * - alpha 1.0.0 (py3-none-any), needs beta; `import alpha` works only when beta sits next to it
 * - beta 2.0.0 (py3-none-any)
 * - gamma 1.0 (cp312-cp312-manylinux_2_34_x86_64): found only with the target platform flags
 * - delta 1.0: an sdist only (no wheel)
 */
export function makeWheelhouse(dir: string): void {
  fs.mkdirSync(dir, { recursive: true })
  const script = String.raw`
import base64, hashlib, io, sys, tarfile, zipfile, os
out = sys.argv[1]

def wheel(name, version, tag, files, requires=()):
    dist = f"{name}-{version}.dist-info"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(f"Requires-Dist: {r}\n" for r in requires)
    pyver, abi, plat = tag.split("-")
    whl = f"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: {'true' if abi == 'none' else 'false'}\nTag: {tag}\n"
    entries = dict(files)
    entries[f"{dist}/METADATA"] = meta
    entries[f"{dist}/WHEEL"] = whl
    record = []
    for p, text in entries.items():
        data = text.encode()
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{p},sha256={digest},{len(data)}")
    record.append(f"{dist}/RECORD,,")
    entries[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    with zipfile.ZipFile(os.path.join(out, f"{name}-{version}-{tag}.whl"), "w") as z:
        for p, text in entries.items():
            z.writestr(p, text)

wheel("alpha", "1.0.0", "py3-none-any", {"alpha/__init__.py": "from beta import B\nVALUE = 'alpha+' + B\n"}, ["beta>=2"])
wheel("beta", "2.0.0", "py3-none-any", {"beta.py": "B = 'beta'\n"})
wheel("gamma", "1.0", "cp312-cp312-manylinux_2_34_x86_64", {"gamma.py": "G = 'gamma'\n"})

buf = io.BytesIO()
with tarfile.open(os.path.join(out, "delta-1.0.tar.gz"), "w:gz") as t:
    for p, text in {"delta-1.0/PKG-INFO": "Metadata-Version: 2.1\nName: delta\nVersion: 1.0\n",
                    "delta-1.0/setup.py": "from setuptools import setup\nsetup(name='delta', version='1.0', py_modules=['delta'])\n",
                    "delta-1.0/delta.py": "D = 1\n"}.items():
        data = text.encode()
        info = tarfile.TarInfo(p)
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
`
  const file = path.join(dir, 'make.py')
  fs.writeFileSync(file, script)
  execFileSync('python3', [file, dir], { stdio: 'pipe' })
  fs.rmSync(file)
}

/** Env for pip that sees only the wheelhouse (no index, no machine config). */
export function pipEnv(wheelhouse: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(env)) {
    if (k.startsWith('PIP_') || k === 'ACTIONS_CACHE_URL' || k === 'ACTIONS_RESULTS_URL')
      delete env[k]
  }
  return {
    ...env,
    PIP_CONFIG_FILE: process.platform === 'win32' ? 'NUL' : '/dev/null',
    PIP_NO_INDEX: '1',
    PIP_FIND_LINKS: wheelhouse,
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    ...extra
  }
}
