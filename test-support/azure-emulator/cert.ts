import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface SelfSigned {
  key: string
  cert: string
  /** The certificate as a file, for NODE_EXTRA_CA_CERTS in a child process. */
  certFile: string
  dir: string
}

/**
 * A fresh self-signed certificate for 127.0.0.1 (and localhost), made with the machine's openssl:
 * an EC P-256 key, valid for two days, marked as its own CA so it can be the only trust anchor.
 */
export function makeSelfSigned(): SelfSigned {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'azure-emu-cert-'))
  const keyFile = path.join(dir, 'key.pem')
  const certFile = path.join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=azure-emulator',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,digitalSignature,keyCertSign'
    ],
    { stdio: 'pipe' }
  )
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile, dir }
}
