import os from 'node:os';
import path from 'node:path';

/** The folder Electron's app.getPath('userData') uses for "Legat", so both modes share one database. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Legat');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Legat');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Legat');
}
