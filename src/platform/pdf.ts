/**
 * HTML to PDF through Debian's Chromium (playwright-core). One browser for the whole process, launched at the
 * first render and reused – a launch costs about 0,4 s, a render of a warm browser about 0,5 s – with at
 * most two renders at once (the machine's two cores), each on a page of its own that is closed afterwards.
 * The server closes the browser when it shuts down (docs/adr/0027-documents.md).
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
const MAX_CONCURRENT_RENDERS = 2;

/** Chromium without its calls home: no updates, sync, QUIC or background requests from a server. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface PdfRenderer {
  readonly executablePath: string;
  /** The page printed on A4, with the page's title and "Sida X av Y" at the foot of every page. */
  render(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** Chromium fills the page's `title`, `pageNumber` and `totalPages` in. */
const FOOTER_TEMPLATE =
  '<div style="width:100%;font-size:8pt;padding:0 18mm;display:flex;justify-content:space-between;' +
  'font-family:\'DejaVu Sans\',sans-serif;color:#333"><span class="title"></span>' +
  '<span>Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>';

/** A fixed number of slots; a render waits for one. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(count: number) {
    this.free = count;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) {
      this.free -= 1;
    } else {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next();
      } else {
        this.free += 1;
      }
    }
  }
}

export function createPdfRenderer(executablePath: string): PdfRenderer {
  const slots = new Slots(MAX_CONCURRENT_RENDERS);
  let browser: Promise<Browser> | null = null;

  const launch = async (): Promise<Browser> => {
    const { chromium } = await import('playwright-core');
    const launched = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    // A crashed browser is launched again at the next render.
    launched.on('disconnected', () => {
      browser = null;
    });
    return launched;
  };

  const shared = (): Promise<Browser> => {
    browser ??= launch().catch((error: unknown) => {
      browser = null;
      throw error;
    });
    return browser;
  };

  return {
    executablePath,
    render: (html) =>
      slots.run(async () => {
        // The document is the server's own escaped HTML; no script is needed, so none may run.
        const page = await (await shared()).newPage({ javaScriptEnabled: false });
        try {
          await page.setContent(html, { waitUntil: 'load' });
          return await page.pdf({
            format: 'A4',
            printBackground: true,
            tagged: true,
            outline: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: FOOTER_TEMPLATE,
            margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' },
          });
        } finally {
          await page.close();
        }
      }),
    async close() {
      const open = browser;
      browser = null;
      if (open) {
        await (await open.catch(() => null))?.close();
      }
    },
  };
}

/** Whether the renderer's Chromium is installed: without it, documents are still offered as HTML. */
export function pdfAvailable(renderer: PdfRenderer): boolean {
  return fs.existsSync(renderer.executablePath);
}

let processRenderer: PdfRenderer | null = null;

/** The process's one renderer, with Chromium from CHROMIUM_PATH (default /usr/bin/chromium). */
export function sharedPdfRenderer(): PdfRenderer {
  processRenderer ??= createPdfRenderer(process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH);
  return processRenderer;
}

/** Closes the shared browser, if one was launched (the server's shutdown). */
export async function closeSharedPdfRenderer(): Promise<void> {
  await processRenderer?.close();
}
