import QRCode from 'qrcode';

/** The link as an SVG data URL (sharp at any size, shown in an <img>, never injected as markup). */
export async function qrSvgDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A 1024 px PNG for print (posters in a lobby, receipts). */
export function qrPngDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { width: 1024, margin: 2, errorCorrectionLevel: 'M' });
}

/** The public survey address of a token on this console. */
export function surveyUrl(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}/f/${token}`;
}
