import fs from 'node:fs';
import readline from 'node:readline';
import type { Db } from '../../db/client.ts';
import { ingestMessages } from './ingest-messages.ts';
import { type NormalizedMessage, normalizeMessage } from './normalize-message.ts';

export interface ImportReport {
  lines: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  resumedFrom: number;
}

export interface ImportOptions {
  batchSize?: number;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
}

/**
 * Backfills a file of Segment messages, one JSON object per line. Progress is checkpointed after every
 * committed batch (FILE.import-state.json), so a stopped import resumes where it left off; messageIds make
 * any overlap harmless. Rejected lines go to FILE.rejected.ndjson with their line number and reason.
 */
export async function importEvents(db: Db, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 500;
  const total = fs.statSync(file).size;
  const statePath = `${file}.import-state.json`;
  const state = readState(statePath);
  const rejectedOut = fs.createWriteStream(`${file}.rejected.ndjson`, { flags: state.line > 0 ? 'a' : 'w' });
  const report: ImportReport = {
    lines: state.line,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    resumedFrom: state.line,
  };
  const input = readline.createInterface({
    input: fs.createReadStream(file, { start: state.bytes }),
    crlfDelay: Infinity,
  });
  let bytes = state.bytes;
  let batch: NormalizedMessage[] = [];
  const receivedAt = new Date();
  const commit = async () => {
    const counts = await ingestMessages(db, null, batch);
    report.accepted += counts.accepted;
    report.duplicates += counts.duplicates;
    batch = [];
    fs.writeFileSync(statePath, JSON.stringify({ bytes, line: report.lines }));
    options.onProgress?.(bytes, total);
  };
  for await (const line of input) {
    bytes += Buffer.byteLength(line) + 1;
    report.lines++;
    if (!line.trim()) continue;
    const result = parseLine(line, report.lines, receivedAt);
    if ('ok' in result) batch.push(result.ok);
    else {
      report.rejected++;
      rejectedOut.write(
        `${JSON.stringify({ line: report.lines, code: result.rejected.code, message: result.rejected.message })}\n`,
      );
    }
    if (batch.length >= batchSize) await commit();
  }
  await commit();
  await new Promise((r) => rejectedOut.end(r));
  fs.rmSync(statePath, { force: true });
  return report;
}

function parseLine(line: string, lineNumber: number, receivedAt: Date) {
  try {
    return normalizeMessage(JSON.parse(line), lineNumber, { receivedAt });
  } catch {
    return { rejected: { index: lineNumber, code: 'invalid_json', message: 'The line is not valid JSON' } };
  }
}

function readState(path: string): { bytes: number; line: number } {
  try {
    const state = JSON.parse(fs.readFileSync(path, 'utf8'));
    if (Number.isInteger(state.bytes) && Number.isInteger(state.line)) return state;
  } catch {}
  return { bytes: 0, line: 0 };
}
