// `npm start` serves /relata-demo.json next to the app so it connects to the demo
// Directus without asking. Any other server has no such file and shows the connect screen.
export interface DemoConfig {
  url: string;
  token: string;
}

export async function loadDemoConfig(): Promise<DemoConfig | null> {
  try {
    const response = await fetch('/relata-demo.json', { cache: 'no-store' });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return null;
    const { url, token } = body as Record<string, unknown>;
    return typeof url === 'string' && typeof token === 'string' ? { url, token } : null;
  } catch {
    return null;
  }
}
