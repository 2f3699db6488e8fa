import fs from 'node:fs'
import crypto from 'node:crypto'
import path from 'node:path'
import yauzl from 'yauzl'

export interface ZipItem {
  name: string
  mode: number
  madeBy: number
  method: number
  size: number
  data: Buffer
}

/** Every entry of a zip (with its inflated data), read with yauzl. */
export function readZip(file: string): Promise<ZipItem[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err)
      const items: ZipItem[] = []
      zip.on('error', reject)
      zip.on('end', () => resolve(items))
      zip.on('entry', (e: yauzl.Entry) => {
        const base = {
          name: e.fileName,
          mode: (e.externalFileAttributes >>> 16) & 0xffff,
          madeBy: e.versionMadeBy >> 8,
          method: e.compressionMethod,
          size: e.uncompressedSize
        }
        if (e.fileName.endsWith('/')) {
          items.push({ ...base, data: Buffer.alloc(0) })
          zip.readEntry()
          return
        }
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2)
          const chunks: Buffer[] = []
          stream.on('data', (c: Buffer) => chunks.push(c))
          stream.on('error', reject)
          stream.on('end', () => {
            items.push({ ...base, data: Buffer.concat(chunks) })
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}

/** A hash of a folder's names, contents and modes, to prove it was not touched. */
export function hashTree(dir: string): string {
  const h = crypto.createHash('sha256')
  const walk = (d: string, rel: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name)
      const r = `${rel}/${name}`
      const st = fs.lstatSync(p)
      h.update(`${r}\0${st.mode}\0`)
      if (st.isSymbolicLink()) h.update(fs.readlinkSync(p))
      else if (st.isDirectory()) walk(p, r)
      else h.update(fs.readFileSync(p))
    }
  }
  walk(dir, '')
  return h.digest('hex')
}
