/**
 * A `Bukti` cell holding more than its status: a link or a file name (the document), or a status followed by a remark
 * ("Diterima, lihat drive", "Ditolak: scan buram").
 */
import type { AnswerInput } from "@inovasi/core";
import { EVIDENCE_LABELS, EVIDENCE_WORDS, matchLabel } from "./labels.js";

type Status = NonNullable<AnswerInput["evidence"]>;

/** A link or a file name typed into a `Bukti` column: the document, not its status. */
export const LINK_OR_FILE = /(?:https?:\/\/|www\.)\S|\.(?:pdf|jpe?g|png|gif|docx?|xlsx?|pptx?|mp4|mov|avi|zip|rar)$/i;

/**
 * A status of the column followed by a remark after a comma, semicolon or colon or in brackets: the status, when the
 * words before the remark are exactly one, and whether it is read (`read`). Diterima is read only when the remark just
 * says where the evidence is or when ("Diterima, lihat drive", "Diterima (lihat link)", "Accepted, see drive",
 * "Diterima (3 Nov 2026)"): every other remark may make it partial, conditional or not yet done ("blm lengkap", "tanpa
 * ttd", "perlu dilengkapi", "needs revision"), and no list of such words is ever complete, while a remark never raises
 * the verified score (review22). Another status is read with any remark that names no other status ("Ditolak: scan
 * buram", "Ditolak (TMS)"; not "Ditolak, diterima setelah revisi").
 */
export function statusWithRemark(text: string): { status: Status; read: boolean } | undefined {
  const m = /^([^,;:()]+?)\s*[,;:(]\s*([^]*?)[\s).]*$/u.exec(text);
  if (!m || !/[\p{L}\p{N}]/u.test(m[2]!)) return undefined;
  const status = matchLabel(EVIDENCE_LABELS, m[1]!);
  if (!status) return undefined;
  const remark = m[2]!;
  return { status, read: status === "accepted" ? placeOnly(remark) : !OTHER_STATUS.some(([s, re]) => s !== status && re.test(remark)) };
}

/**
 * Words of a remark that only points at the evidence or dates it: where (drive, link, folder, email …), when (a date,
 * its month), by whom (the verifier). Numbers, dates, links and file names too.
 */
const PLACE_WORDS = new Set(
  (
    "lihat cek see check di pada ke via in on at the link tautan url drive gdrive google folder berkas file dokumen document lampiran terlampir attached " +
    "email surel wa whatsapp hal halaman page tgl tanggal date oleh by verifikator verifier sudah lengkap sesuai " +
    "januari februari maret april mei juni juli agustus september oktober november desember jan feb mar apr jun jul agu agt ags sep okt nov des " +
    "january february march may june july august october december aug oct dec"
  ).split(" "),
);

function placeOnly(remark: string): boolean {
  return remark.split(/\s+/).every((t) => {
    if (LINK_OR_FILE.test(t)) return true;
    const w = t.toLowerCase().replace(/^[("'“]+|[)"'”.,;:]+$/gu, "");
    // a number or a date, not a share ("50%") nor a part ("1/2", "2 of 3" asks as its "of" does)
    if (/^(?:\d+|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})$/.test(w)) return true;
    return w === "" || (/^\p{L}+(?:[-/_]\p{L}+)*$/u.test(w) && w.split(/[-/_]/).every((p) => PLACE_WORDS.has(p)));
  });
}

/**
 * The statuses a remark may name besides the cell's own ("Ditolak, diterima setelah revisi", "Menunggu (TMS)"): the cell
 * then says two. Not "tidak ada" / "belum ada", which are prose in a remark too ("Ditolak: tidak ada tanda tangan").
 */
const OTHER_STATUS = (
  [
    ["accepted", EVIDENCE_LABELS.accepted],
    ["pending", EVIDENCE_LABELS.pending],
    ["rejected", [...EVIDENCE_LABELS.rejected, ...EVIDENCE_WORDS.rejected]],
  ] as const
).map(([s, words]) => [s, new RegExp(`(?<![\\p{L}])(?:${words.map((w) => w.replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}])`, "iu")] as const);
