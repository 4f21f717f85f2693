import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

/** Run `npm start`'s server with `env`; its exit code and what it printed, or `running` when it is still up. */
function serve(env: Record<string, string>, ms = 15_000): Promise<{ code: number | 'running'; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/serve.ts'], {
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const running = (): void => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      done({ code: 'running', output });
    };
    const timer = setTimeout(running, ms);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Serving the edition')) running();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, output });
    });
  });
}

// The values a probe started the server with: each served a site at a base no page links to, or an unsafe one.
it.each(['edition', '/edition', 'edition/', '//evil.example/', '/../', '/a b/', 'javascript:alert(1)'])(
  'BASE_PATH=%s stops the server with the build’s message',
  async (value) => {
    const { code, output } = await serve({ BASE_PATH: value });
    expect(code).toBe(1);
    expect(output).toContain('BASE_PATH');
    expect(output).toContain(`"${value}"`);
  },
);
