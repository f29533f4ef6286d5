import type { Response } from 'express';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Answers a workbook as a download named `fileName` (ASCII). */
export function sendXlsx(res: Response, workbook: Buffer, fileName: string): void {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(workbook);
}
