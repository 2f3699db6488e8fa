import { describe, it, expect, afterAll, afterEach } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { UserError } from '../../src/errors.js'
import { listTree, writeEntries, writeZip } from '../../src/package/zip.js'
import { readZip, within } from './ziputil.js'

// Bad input: each case is a one-line UserError naming the file (or a warning and the file left
// out), never a hang. Tests run as root, where chmod does not stop a read: the unreadable case
// goes through the writer's open seam, and the others change the tree between listing and zipping.

const made: string[] = []
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-bad-'))
  made.push(dir)
  return dir
}
afterAll(() => {
  // rm -rf: fs.rmSync cannot remove a tree deeper than PATH_MAX
  if (made.length > 0) execFileSync('rm', ['-rf', ...made.splice(0)])
})

function tree(): string {
  const root = tmp()
  fs.mkdirSync(path.join(root, 'pkg'))
  fs.writeFileSync(path.join(root, 'pkg', 'a.py'), 'print("a")\n'.repeat(100))
  fs.writeFileSync(path.join(root, 'server.py'), 'print("server")\n')
  // a multi-chunk file, to change while it is streamed
  fs.writeFileSync(path.join(root, 'big.txt'), 'some text that compresses\n'.repeat(200_000))
  return root
}

/** Runs `p`, expecting a one-line UserError matching `re`; returns it. */
async function userError(p: Promise<unknown>, re: RegExp): Promise<UserError> {
  const err = await within(15_000, p).then(
    () => {
      throw new Error('expected the zip to fail')
    },
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UserError)
  const { message } = err as UserError
  expect(message).toMatch(re)
  expect(message).not.toContain('\n')
  return err as UserError
}

/**
 * A thread that, after a second, polls for someone blocked opening `fifo` to read (a non-blocking
 * open for writing succeeds only then), releases them and records it. Without the writer's
 * O_NONBLOCK the open would block the main thread for good; this turns that into a failure.
 */
function releaser(fifo: string): { worker: Worker; released: Int32Array } {
  const released = new Int32Array(new SharedArrayBuffer(4))
  const source = `
    (async () => {
      const { workerData } = await import('node:worker_threads')
      const fs = await import('node:fs')
      const flag = new Int32Array(workerData.flag)
      await new Promise(r => setTimeout(r, 1000))
      for (;;) {
        try {
          fs.closeSync(fs.openSync(workerData.fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK))
          Atomics.store(flag, 0, 1)
        } catch {}
        await new Promise(r => setTimeout(r, 50))
      }
    })()`
  const worker = new Worker(source, { eval: true, workerData: { fifo, flag: released.buffer } })
  return { worker, released }
}

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

describe('writeZip on bad input', () => {
  it('fails on a file that vanished after listing, and leaves no partial zip', async () => {
    const root = tree()
    const entries = await listTree(root)
    fs.rmSync(path.join(root, 'pkg', 'a.py'))
    const out = path.join(tmp(), 'v.zip')
    await userError(writeEntries(entries, out), /^pkg\/a\.py vanished while it was being zipped$/)
    expect(fs.existsSync(out)).toBe(false)
  })

  it('fails on a file that grew or shrank after listing', async () => {
    const root = tree()
    let entries = await listTree(root)
    fs.appendFileSync(path.join(root, 'server.py'), '# more\n')
    await userError(
      writeEntries(entries, path.join(tmp(), 'g.zip')),
      /^server\.py changed size while it was being zipped/
    )
    entries = await listTree(root)
    fs.truncateSync(path.join(root, 'big.txt'), 3_000_000)
    await userError(writeEntries(entries, path.join(tmp(), 's.zip')), /^big\.txt changed size/)
    entries = await listTree(root)
    fs.appendFileSync(path.join(root, 'big.txt'), 'x')
    await userError(writeEntries(entries, path.join(tmp(), 'b.zip')), /^big\.txt changed size/)
  })

  it('fails on a file that became a folder or a named pipe, without waiting for a writer', async () => {
    const root = tree()
    const entries = await listTree(root)
    fs.rmSync(path.join(root, 'pkg', 'a.py'))
    fs.mkdirSync(path.join(root, 'pkg', 'a.py'))
    await userError(
      writeEntries(entries, path.join(tmp(), 'd.zip')),
      /^pkg\/a\.py is no longer a regular file \(EISDIR\)$/
    )
    fs.rmSync(path.join(root, 'pkg', 'a.py'), { recursive: true })
    fs.writeFileSync(path.join(root, 'pkg', 'a.py'), 'print("a")\n'.repeat(100))
    const fifo = path.join(root, 'server.py')
    fs.rmSync(fifo)
    execFileSync('mkfifo', [fifo])
    const watch = releaser(fifo)
    cleanups.push(() => void watch.worker.terminate())
    await userError(writeEntries(entries, path.join(tmp(), 'f.zip')), /^server\.py /)
    // nobody was left waiting on the pipe for a writer (the releaser had nothing to release)
    expect(Atomics.load(watch.released, 0)).toBe(0)
  })

  it('names a file it cannot read', async () => {
    const root = tree()
    const entries = await listTree(root)
    const openFile = (file: string): number => {
      if (file.endsWith('a.py')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), {
          code: 'EACCES'
        })
      }
      return fs.openSync(file, 'r')
    }
    await userError(
      writeEntries(entries, path.join(tmp(), 'r.zip'), { openFile }),
      /^pkg\/a\.py cannot be read \(EACCES\)$/
    )
  })

  it('leaves a named pipe and a socket in the tree out, with a warning each', async () => {
    const root = tree()
    execFileSync('mkfifo', [path.join(root, 'pkg', 'pipe')])
    const server = net.createServer()
    await new Promise<void>(resolve => server.listen(path.join(root, 'sock'), resolve))
    cleanups.push(() => server.close())
    const warnings: string[] = []
    const out = path.join(tmp(), 'p.zip')
    const stats = await within(15_000, writeZip(root, out, { onWarning: m => warnings.push(m) }))
    expect(warnings.sort()).toEqual([
      'pkg/pipe is a named pipe (FIFO): left out of the package',
      'sock is a socket: left out of the package'
    ])
    expect(stats.fileCount).toBe(3)
    expect((await readZip(out)).map(i => i.name)).toEqual(['big.txt', 'pkg/a.py', 'server.py'])
  })

  it('fails on a path longer than the file system or a zip allows', async () => {
    const root = tmp()
    // 20 nested folders of 250 bytes: above PATH_MAX (4096), made with relative steps
    const seg = 'd'.repeat(250)
    execFileSync(
      'python3',
      [
        '-c',
        `import os\nfor i in range(20):\n  os.mkdir("${seg}"); os.chdir("${seg}")\nopen("f", "w").write("x")`
      ],
      { cwd: root }
    )
    await userError(
      writeZip(root, path.join(tmp(), 'long.zip')),
      /too long to read \(ENAMETOOLONG\)$/
    )

    const small = tmp()
    fs.writeFileSync(path.join(small, 'f'), 'x')
    const [f] = await listTree(small)
    const name = `${'n'.repeat(70_000)}/f`
    const err = await userError(
      writeEntries([{ ...f, name }], path.join(tmp(), 'n.zip')),
      /: the path is longer than a zip entry name can be \(65535 bytes\)$/
    )
    expect(err.message.length).toBeLessThan(300)
  })

  it('keeps control characters in a file name out of its messages', async () => {
    const root = tmp()
    fs.writeFileSync(path.join(root, 'evil\n::error::x'), 'x')
    const entries = await listTree(root)
    fs.rmSync(path.join(root, 'evil\n::error::x'))
    await userError(
      writeEntries(entries, path.join(tmp(), 'e.zip')),
      /^evil\\x0a::error::x vanished/
    )
  })
})

describe('writeZip output', () => {
  it('fails in one line when the zip cannot be written', async () => {
    const root = tree()
    const blocker = path.join(tmp(), 'file')
    fs.writeFileSync(blocker, 'x')
    await userError(
      writeZip(root, path.join(blocker, 'out.zip')),
      /^cannot write the zip .*file\/out\.zip \((ENOTDIR|EEXIST)\)$/
    )
  })
})
