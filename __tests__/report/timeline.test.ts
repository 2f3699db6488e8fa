import { describe, expect, it } from '@jest/globals'
import { heartbeat } from '../../src/report/heartbeat.js'
import { collectingSummary, inFolder } from '../../src/report/run-ui.js'
import { Timeline, phase, renderTimeline } from '../../src/report/timeline.js'
import type { AnnotationPlace } from '../../src/report/ui.js'
import { RecordingUi } from '../comment/helpers.js'
import { deployPhases } from './samples.js'

describe('Timeline', () => {
  it('records the phases marked under a run, nested ones inside their step', async () => {
    let now = 0
    const t = new Timeline(() => now)
    await t.run(async () => {
      await phase('scan', async () => {
        now += 100
      })
      await phase('deploy', async () => {
        await phase('upload', async () => {
          now += 2000
        })
        await expect(
          phase('deployment', async () => {
            now += 500
            throw new Error('Kudu said no')
          })
        ).rejects.toThrow()
      })
    })
    expect(t.ordered().map(p => [p.name, p.depth, p.start, p.end, p.failed])).toEqual([
      ['scan', 0, 0, 100, false],
      ['deploy', 0, 100, 2600, false],
      ['upload', 1, 100, 2100, false],
      ['deployment', 1, 2100, 2600, true]
    ])
    expect(t.failedStep()).toBe('deployment')
  })

  it('outside a run, phase() only runs the function', async () => {
    await expect(phase('x', async () => 42)).resolves.toBe(42)
  })

  it('renders a Mermaid gantt chart and a table of the same phases', () => {
    const md = renderTimeline(deployPhases('deployment'))
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1] ?? ''
    expect(chart.split('\n').slice(0, 3)).toEqual(['gantt', '  dateFormat x', '  axisFormat %M:%S'])
    expect(chart).toContain('  section deploy')
    expect(chart).toMatch(/^ {2}upload \(7\.4 s\) :done, p\d+, 23800, 31200$/m)
    expect(chart).toMatch(/^ {2}deployment \(49 s\) :crit, /m)
    // a task line never holds a second colon (Mermaid would end the name there)
    for (const line of chart.split('\n').filter(l => / :/.test(l)))
      expect(line.split(':').length).toBe(2)
    expect(md).toContain('| **package** | 19 s | 2.9 s | ✅ |')
    expect(md).toContain('| &emsp;deployment | 49 s | 31 s | ❌ failed |')
    expect(renderTimeline([])).toBe('')
  })

  it('keeps a name with colons or a fence out of the chart syntax', () => {
    const md = renderTimeline([
      { name: 'a: b ; c # d ```', start: 0, end: 5, depth: 0, failed: false }
    ])
    expect(md).toContain('  a  b   c   d (0.0 s) :active, p0, 0, 5')
    expect((md.match(/```/g) ?? []).length).toBe(2)
  })
})

describe('heartbeat', () => {
  it('says it is still waiting every interval, and stops when the wait is over', async () => {
    const ui = new RecordingUi()
    let tick: () => void = () => {}
    let stopped = false
    let now = 0
    const result = await heartbeat(
      ui,
      'the deployment (azure)',
      async () => {
        now = 10000
        tick()
        now = 20400
        tick()
        return 'done'
      },
      {
        now: () => now,
        setTimer: (fn, ms) => {
          expect(ms).toBe(10000)
          tick = fn
          return () => (stopped = true)
        }
      }
    )
    expect(result).toBe('done')
    expect(ui.infos).toEqual([
      'still waiting for the deployment (azure) (10 s)',
      'still waiting for the deployment (azure) (20 s)'
    ])
    expect(stopped).toBe(true)
  })

  it('stops on a failure too, and a real short wait prints nothing', async () => {
    const ui = new RecordingUi()
    await expect(
      heartbeat(ui, 'x', async () => {
        throw new Error('no')
      })
    ).rejects.toThrow('no')
    await heartbeat(ui, 'y', async () => undefined)
    expect(ui.infos).toEqual([])
  })
})

describe('the run Ui', () => {
  class PlaceUi extends RecordingUi {
    readonly places: Array<AnnotationPlace | undefined> = []
    override warning(message: string, place?: AnnotationPlace): void {
      super.warning(message, place)
      this.places.push(place)
    }
  }

  it('inFolder: annotations of a step in the server folder carry the workspace path', () => {
    const ui = new PlaceUi()
    inFolder(ui, 'server').warning('host.json is missing', { file: 'host.json', line: 1 })
    inFolder(ui, 'apps/mcp/').warning('x', { file: './function_app/function.json' })
    inFolder(ui, 'server').warning('no place')
    inFolder(ui, '').warning('root', { file: 'host.json' })
    expect(ui.places).toEqual([
      { file: 'server/host.json', line: 1 },
      { file: 'apps/mcp/function_app/function.json' },
      undefined,
      { file: 'host.json' }
    ])
  })

  it('collectingSummary keeps the sections for the summary rendered at the end', () => {
    const ui = new RecordingUi()
    const sections: string[] = []
    const run = collectingSummary(ui, sections)
    run.summary('### Package')
    run.info('hello')
    expect(sections).toEqual(['### Package'])
    expect(ui.sections).toEqual([])
    expect(ui.infos).toEqual(['hello'])
  })
})
