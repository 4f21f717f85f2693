/**
 * Loaded with `node --import`: SIGKILLs the process right after it renames the folder named by CRASH_SWAP
 * (the first of a swap's two renames), the worst moment for a crash, which a test cannot otherwise hit.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const target = process.env.CRASH_SWAP;
if (target) {
  const rename = fs.renameSync;
  fs.renameSync = (from: fs.PathLike, to: fs.PathLike): void => {
    rename(from, to);
    if (resolve(String(from)) === resolve(target)) process.kill(process.pid, 'SIGKILL');
  };
  syncBuiltinESMExports();
}
