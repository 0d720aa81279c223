import fs from 'node:fs';
import path from 'node:path';
import { log } from './log';

export function pidAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function tryLock(lockDir: string): boolean {
	try {
		fs.mkdirSync(lockDir);
		fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
		return true;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		return false;
	}
}

/** The holder's pid (NaN while it is between mkdir and writing its pid) and the lock's age. */
function holderOf(lockDir: string): { holder: number; ageMs: number } {
	let holder = NaN;
	try {
		holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
	} catch {
		/* holder is between mkdir and writing its pid, or just released */
	}
	let ageMs = 0;
	try {
		ageMs = Date.now() - fs.statSync(lockDir).mtimeMs;
	} catch {
		/* just released */
	}
	return { holder, ageMs };
}

/** Takes an exclusive lock (a folder made with mkdir). Waits for a live holder, breaks a dead one. Resolves to `release`. */
export async function acquireLock(lockDir: string, timeoutMs: number): Promise<() => void> {
	const start = Date.now();
	let announced = false;
	while (!tryLock(lockDir)) {
		const { holder, ageMs } = holderOf(lockDir);
		if ((Number.isFinite(holder) && holder > 0 && !pidAlive(holder)) || (!Number.isFinite(holder) && ageMs > 60_000)) {
			log(`breaking stale lock ${lockDir} (holder ${holder || '?'})`);
			fs.rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (!announced) {
			log(`waiting for another install (pid ${holder}) holding ${lockDir}`);
			announced = true;
		}
		if (Date.now() - start > timeoutMs) throw new Error(`install-n8n: timed out waiting for lock ${lockDir}`);
		await new Promise((r) => setTimeout(r, 2000));
	}
	return () => fs.rmSync(lockDir, { recursive: true, force: true });
}
