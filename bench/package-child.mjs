// Child process of bench/package.mjs: zips one tree with our writer and reports time and peak RSS
// and CPU time (of this process, all its threads included), so the parent's memory does not count.
import { pathToFileURL } from 'node:url'

const [zipModule, tree, out] = process.argv.slice(2)
const { writeZip } = await import(pathToFileURL(zipModule).href)
const t0 = process.hrtime.bigint()
const stats = await writeZip(tree, out)
const ms = Number(process.hrtime.bigint() - t0) / 1e6
const use = process.resourceUsage()
const cpuMs = (use.userCPUTime + use.systemCPUTime) / 1000
process.stdout.write(JSON.stringify({ ms, cpuMs, ...stats, maxRssMB: use.maxRSS / 1024 }) + '\n')
