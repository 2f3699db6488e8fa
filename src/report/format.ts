/** Sizes for people: 512 B, 4.2 KiB, 9.3 MiB (the package summary, the deploy log and the job summary). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KiB', 'MiB', 'GiB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(1)} ${units[i]}`
}

/** One line for a package: `9.3 MiB, 1204 files, sha256 3f2a1c9e0b7d…` (the deploy tables). */
export function packageLine(pkg: { bytes: number; fileCount: number; sha256: string }): string {
  return `${formatBytes(pkg.bytes)}, ${pkg.fileCount} files, sha256 ${pkg.sha256.slice(0, 12)}…`
}
