/// <reference types="vite/client" />

/** Each channel's access, shows and changes, from the contract at build time (renderer/channel-effects-plugin.ts). */
declare module 'virtual:channel-effects' {
  const effects: Readonly<Record<string, { access: 'read' | 'write'; shows: string[]; changes: string[] }>>;
  export default effects;
}
