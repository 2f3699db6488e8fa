/**
 * The job summary and the pull-request comment, of a failing and a passing run, rendered as
 * GitHub renders markdown and opened in headless Chromium: no escape shows as text, no stray
 * backtick, no table wider than the page, the timeline chart draws. Screenshots go to a temp
 * folder (PICTURES_DIR=docs/images, as `npm run pictures` sets it, writes the README's pictures).
 *
 * Without Chromium the test is skipped, except in CI (.ci/run installs it), where it fails.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { renderComment } from '../../src/report/comment-render.js'
import { renderSummary } from '../../src/report/summary.js'
import type { Browser } from 'puppeteer-core'
import { findChromium, launchBrowser, openInBrowser } from './browser.js'
import { failingComment, failingDeploy, passingComment, passingDeploy } from './samples.js'

const bin = findChromium()
if (!bin && process.env.CI) throw new Error('chromium is not installed (.ci/run installs it)')
const pictures = process.env.PICTURES_DIR
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-shots-'))
let browser: Browser | undefined
beforeAll(async () => {
  if (bin) browser = await launchBrowser(bin)
}, 30000)
afterAll(async () => {
  await browser?.close()
  if (!process.env.KEEP_SHOTS) fs.rmSync(shots, { recursive: true, force: true })
})

/** The widths GitHub gives them: the job summary's column and a comment in the conversation. */
const SUMMARY_WIDTH = 920
const COMMENT_WIDTH = 760

const pages = [
  {
    name: 'deploy-summary-failing',
    title: '<b>deploy</b> summary',
    md: () => renderSummary(failingDeploy()),
    width: SUMMARY_WIDTH,
    charts: 1
  },
  {
    name: 'deploy-summary',
    title: '<b>deploy</b> summary',
    md: () => renderSummary(passingDeploy()),
    width: SUMMARY_WIDTH,
    charts: 1
  },
  {
    name: 'pr-comment',
    title: '<b>github-actions</b> bot commented',
    md: () => renderComment(failingComment()),
    width: COMMENT_WIDTH,
    charts: 0
  },
  {
    name: 'pr-comment-passing',
    title: '<b>github-actions</b> bot commented',
    md: () => renderComment(passingComment()),
    width: COMMENT_WIDTH,
    charts: 0
  }
]

;(bin ? describe : describe.skip)('in a real browser (headless Chromium)', () => {
  it.each(pages)(
    '$name: reads right, fits the page',
    async page => {
      const shot = path.join(shots, `${page.name}.png`)
      const check = await openInBrowser(browser!, page.title, page.md(), {
        width: page.width,
        screenshot: shot
      })
      expect(check.entities).toEqual([])
      expect(check.backticks).toEqual([])
      expect(check.wideTables).toEqual([])
      expect(check.chartErrors).toEqual([])
      if (page.name !== 'pr-comment-passing') expect(check.tables).toBeGreaterThan(0)
      if (fs.existsSync(path.join('node_modules', 'mermaid')))
        expect(check.charts).toBe(page.charts)
      expect(fs.statSync(shot).size).toBeGreaterThan(5000)
      if (pictures && ['pr-comment', 'deploy-summary'].includes(page.name)) {
        fs.mkdirSync(pictures, { recursive: true })
        fs.copyFileSync(shot, path.join(pictures, `${page.name}.png`))
      }
    },
    60000
  )
})
