import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../core/ports';

/** The OS file dialogs, modal to the Legat window that asked. */
export function createElectronDialogs(): Dialogs {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    async openFiles({ title }) {
      const win = parent();
      const options = { title, properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async saveFile({ title, defaultName }) {
      const win = parent();
      const options = { title, defaultPath: defaultName };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
