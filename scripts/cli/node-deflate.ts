/** The workbook's compression on the command line: Node's zlib, several times faster than fflate's JavaScript. */

import { constants, deflateRawSync } from 'node:zlib';
import type { DeflatePiece } from '../../lib/export/xlsx';

/**
 * Each piece on its own compressor, flushed to a byte boundary and not finished but for the last:
 * the pieces then follow one another as one DEFLATE stream (no back-reference crosses a piece).
 */
export const nodeDeflate: DeflatePiece = (piece, final) =>
  deflateRawSync(piece, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
