/**
 * The published packages as a developer meets them: `npm pack` of @inovasi/core and @inovasi/workbook (their built
 * dist/: `npm test` builds first), unpacked into a scratch project outside the repository (zod linked from the
 * repository's node_modules, where npm would install it), then used as a regional innovation portal would: from Node
 * (ESM and CommonJS), bundled for the browser by esbuild through the packages' `exports` (and run in headless Chromium
 * when there is one), and compiled by TypeScript with strict settings. The sources' own bundle sizes are packages/core/test/bundle-size.test.ts; this is what an app
 * gets from the tarball (it carried 126 kB min+gzip for `roundHalfUp` alone while the sources measured 28 kB).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium, requireBrowser } from "./browser.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = findChromium();
const KB = 1000;
const EDITIONS = ["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"];

/** Ceilings, min+gzip, for what an app bundles from the tarball (measured 2026-11-29 in the comments). */
const CEILING = {
  /** parse + score + iid-2026 from its subpath: 29.3 kB (issue 8's goal, 30 kB; 28.2 kB bundled from the sources). */
  oneEdition: 30 * KB,
  /** the same with any other single edition: iid-2023 25.1, iid-2027-projection 29.4, iid-2023-inferred 30.7 kB. */
  otherEdition: 32 * KB,
  /**
   * the same with `formatIssue` (both languages' messages): 35.0 kB with iid-2026; 37.0 kB once the messages guessed
   * the agency or option meant (`messages/_closest-name.ts`, ninth session) and printed yandas costs in the language;
   * 38.3 kB with the messages of a province model's numbers in both languages (eleventh session, model12, +1.2 kB: an
   * impossible yandas minimum, a negative formula number, two bands named alike, a name kept from the base, a maximum
   * whose part is unknown — `formatIssue` carries every code's message). 39.0 kB (39,022 B) in the twelfth session
   * (model13, +0.1 kB: an unknown band threshold's two messages, `predicate_unknown` and `band_end_unknown`, and the
   * eligibility counts' range messages, in both languages). 39.2 kB (39,229 B) in the thirteenth session (plan15: a
   * measured value, a range's ends and an SPD total grouped by thousands in both languages, `messages/_format.ts`'s
   * `amount`; the parse + score bundle without the messages is unchanged). 39.4 kB (39,410 B) in the fourteenth
   * (words16, +0.2 kB: a long list's "… dan 30 lainnya" / "… and 30 more" in the language, an unknown option saying a
   * number is allowed, "dasar ukur" in the measure messages, "dihitung ulang"). 39.7 kB (39,664 B over main's 39,423 B)
   * in the sixteenth (trust19, +241 B: the editions' `unitEn` and the IPM's `maximum` in the data, the
   * `measure_maximum_below_tier` message in both languages). 39,817 B in the eighteenth (prov22, +136 B over 39,681 B:
   * `compliance_year_far`, a model's target or rule year far from the model's, in both languages). agmatch28 (session
   * 21, audit27 d7): 39,987 B (+117 B over 39,870 B) — `unknown_agency` says what it costs ("tidak dihitung untuk
   * "Dinas Sosial" dalam aturan wajib inovasi") and names a caller's `meant`, both languages. agency28 (session 21):
   * 39,983 B (+166 B: `compliance_rule_no_agencies`, a rule over no listed agency, in both languages). Merged: 40,096 B.
   * perf29 (session 22): 40,135 B (+39 B) — `closestIndex` keeps a short list (an option's labels) by its names.
   * model30 (session 22, audit29 #7/#8): 40,321 B (+225 B) — a new band's overlap with the band it falls in and the
   * ends to write, in both languages, and a model entry's name (`params.about`) beside an issue's path.
   * Merged: 40,357 B.
   * ws32 (session 24): 40,463 B (+90 B over 40,373 B) — `closestIndex` works out a distance only when the letters in
   * common allow it (near30's bound).
   * engine35 (session 27): +1 B — the scoring's scratch lists kept (docs/decisions.md, "What scoring allocates").
   * model35 (session 27, audit35): 41,158 B (+695 B over ≈ 40,463 B) — an unknown value's message says what the
   * engine does without it (`missing_number`'s effect, seven kinds in both languages), a misspelt model key refused,
   * an id close to an inherited one named ("did you mean SPD-12?").
   * prov36 (session 28, audit35): 41,440 B (+272 B over main's 41,168 B) — a band end on a 0–1 scale said with the value
   * meant (interval_gap / _overlap / _unsorted) and every threshold below 1 warned (`bands_fraction_scale`), both languages.
   * model37 (session 29, audit37): 42,234 B (+794 B over main's 41,440 B) — a field named in Bahasa Indonesia, no
   * `extends` (`extends_missing`), an unknown base's list and the one meant, a band end outside 0–100, how to confirm a
   * re-derived maximum, no empty list of ids: both languages.
   * locale38 (session 30): 42,341 B (+111 B over 42,230 B) — an entry's id written as a number names the inherited ids
   * of that number ("SID-6" atau "SPD-6", `quotedOr`), both languages.
   */
  withMessages: 42.4 * KB,
  /** parse + score + `getEdition` (every shipped edition): 43.8 kB. */
  allEditions: 45 * KB,
  /**
   * `validateEdition` + `formatIssue` (a portal that checks a province's model file): 68.4 kB, zod classic in it; 73.9 kB
   * in the eleventh session (model12, +2.0 kB: the checks of a yandas minimum, the formula's numbers and band names,
   * maxima made unknown and citing the edition's own parts, and their messages in both languages). 75.1 kB (75,142 B)
   * in the twelfth session (model13, +0.2 kB: band thresholds that may be unknown — the band check on both sides of a
   * boundary, `model/band.ts` — the eligibility counts' range checks, and their messages); 75.6 kB (75,553 B) once
   * dev14's caller checks met it (a locale read by its language in `formatIssue`, "JSON.parse it first" for a model
   * file's text). 75.8 kB (75,826 B) in the fourteenth session (words16: the same messages as `withMessages`).
   * 76.3 kB (76,319 B over main's 75,842 B) in the sixteenth (trust19, +477 B: a measure's `unitEn` and `maximum` in the
   * schema, the check that a maximum is not below a tier and its message in both languages). prov21 (seventeenth,
   * audit21 F8): 76,515 B (+196 B) — a number written as text in a model ("42,5") says how JSON writes it, and a band's
   * end (a union) is said by its closest branch, in both languages. prov22 (eighteenth): 76,744 B (+214 B over
   * 76,530 B) — a compliance target's or rule's year more than a year from the model's is warned at that year
   * (`compliance_year_far`, both languages). tidy24 (nineteenth): 76,977 B (+210 B over ≈ 76,767 B) — the issues in the
   * file's order (`model/_document-order.ts`, +172 B) and the yandas and predicate figures at two decimals (+38 B).
   * agmatch28 (session 21): 77,088 B (+110 B over 76,978 B) — `unknown_agency`'s cost and `meant`, as `withMessages`.
   * agency28 (session 21): 77,090 B (+113 B) — the same `compliance_rule_no_agencies` message. Merged: 77,200 B.
   * perf29 (session 22): 77,271 B (+71 B) — `closestIndex` keeps a short list by its names, as `withMessages`.
   * model30 (session 22, audit29 #6-#8): 78,418 B (+1,218 B) — an unknown band bound without its own source says how
   * one is written; a shape problem names its list entry and field in words (`namingItem`, both languages); a new
   * band's overlap with the band it falls in (`bandInside`) and its message; "name" in a band hints "label".
   * Merged: 78,454 B.
   * ws32 (session 24): 78,565 B (+111 B) — `closestIndex`'s letters-in-common bound, as `withMessages`.
   * model35 (session 27, audit35): 79,502 B (+937 B) — the messages of `withMessages`, an unknown value's effect set by
   * the check, a misspelt key an error, and an added id matched to the inherited one meant (`nearId`).
   * prov36 (session 28, audit35): 80,078 B (+576 B over main's 79,502 B) — the messages of `withMessages`, the band
   * checks that find a fraction, and a union's closest branch's place moved from the message into the path.
   * trust37 (session 29): 80,099 B (+21 B) — that place taken from the branch itself (`unionIssue`, shared with the
   * error map), no longer read back out of the message.
   * model37 (session 29, audit37): 81,890 B (+1,812 B over main's 80,078 B) — the messages of `withMessages`, the
   * fields' words in Bahasa Indonesia (`BAHASA`), `extends_missing` and the base meant, one typo one error, band ends on
   * 0–100, the locale read by its language.
   * locale38 (session 30): 82,220 B (+330 B over 81,890 B) — an id written as a number is one error: the model's own
   * said by the schema's map with an id to write (no `patch_id_required` beside it), an entry's naming the inherited
   * ids of that number (`meant`, found in merge.ts), both languages.
   */
  validate: 82.3 * KB,
  /**
   * the workbook's read and write + `scoreRegion` (grids in, cell writes out): 71.1 kB; 75.2 kB once the messages
   * guessed the agency or option meant (ninth session, +0.8 kB: `messages/_closest-name.ts`); 77.5 kB with the year
   * trap's message in both languages (+1.0 kB: `edition_year_mismatch`) and the Ringkasan's English words (+0.8 kB:
   * the sheet in the run's language), measured from the sources (ninth session, wb4); 79.0 kB with the reader
   * taking options as analysts name them ("C" for "C atau D", "Perbup": `option-words.ts`, +2.2 kB with its messages,
   * Kec./Kab., counts with their unit and the recap's target; ninth session, typing); 79.9 kB with the plan's status
   * texts (+0.9 kB: `planStatusNote`, a new innovation's closed window; ninth session, plan4); 80.3 kB measured after
   * the reviewer's fixes were merged; 82.6 kB with the tenth session's cells work (+2.2 kB, cells5: the evidence words
   * and their four messages, formulas without a saved value — `formula.ts`'s arithmetic and two messages — in both
   * languages); 83.0 kB once plan5's bound texts (the plan's own new innovations, the ceiling) were merged beside it,
   * 83.1 kB with the pane's own "left alone" remedies (addin5, +85 B: `WriteOptions.host`), tenth session. Eleventh
   * session: 85.5 kB with the value readings (read12b, +2.3 kB: plausibility by unit, the Ditolak words, common forms,
   * duplicates by banding's key, off-year rows and the rule's types, nine short messages in both languages); 86.9 kB on
   * its own with the reader taking columns, sheets and rows as analysts reword them (read12a, +3.6 kB:
   * `header-words.ts`'s rewordings, `skipped-rows.ts`, the ten messages of `header-messages.ts` in both languages —
   * each absent column said with what it costs, where it was silently a lower index); 91.1 kB with both and the
   * evidence-gap list with SPD rows (gaps12), 91.9 kB once the province outputs (out12: a band named for a region not
   * reporting, an unknown number named, the yandas rule off, the index at its decimals) were merged beside them; 92.3 kB
   * with the pane's blocking sheets said where they are fixed (pane12: a missing Pengaturan, a renamed SPD answer
   * column) and review12's Ditolak words (N, a dash, "Tidak ditolak", a remark after Ya or Tidak). Session 12: 94.0 kB
   * with the reader's renamed sheets and SPD headers (read13, +1.7 kB: `spd-columns.ts`, one search for a renamed
   * Inovasi, Perangkat Daerah or SPD sheet, `No` and `Nilai` read by their cells and the message saying both readings
   * in both languages, numbers grouped in the messages); model13 added 0.1 kB beside it (the Ringkasan's "belum
   * diketahui" predicate and a band threshold named in words, for a model whose band threshold is unknown); plan14b
   * +1.6 kB with the Rencana as an analyst reads it (each step's agency in its own column, the answer and its evidence
   * named as one range, a step without a cell saying why, the "isi data" step and the notes on empty SPD rows and on the
   * withhold reading, the unit of upaya, the step limit read from Pengaturan with its message in both languages; the
   * notes sit apart from formatPlan's words so the sheet does not carry those: +1.2 kB when it did). 97.4 kB (97,365 B) with all three and review14's fixes merged (fix15a's
   * message for a sheet named for another year or list, +0.4 kB; the gain cells' "<0,01" format). Session 13: 97.9 kB
   * (97,859 B; main was at 97,543 B) with `sheetsTaken` (pane15, +0.3 kB): which sheet the reader takes for each
   * contract sheet decided in one exported function, returned as `ReadResult.sheets`, so the add-in's pane says a
   * renamed sheet is there exactly when the reader reads it (and never inserts an empty one that would be read instead);
   * 98.4 kB (98,351 B) with effort15's efforts by indicator (+0.4 kB: the Rencana sheet's rows of an indicator's own effort and the
   * two Pengaturan messages for a row it cannot use, in both languages). 99.5 kB (99,517 B) with plan15 (+1.4 kB on its own): the
   * Rencana sheet's index target naming its band (`targetBandNote`, +0.4 kB), its row for a workbook without an SPD sheet
   * (`missingSpdNote` in both languages and both hosts, +0.3 kB), counts grouped by thousands in the plan's texts, and
   * the bound note's record sentence (`planStatusNote`). 99.7 kB (99,707 B) with addx15 (+0.2 kB over that: the evidence
   * rule's formula follows the reader's loose match — "Diterima ", a non-breaking space, "Diterima." — and carries the
   * former formula so a re-run replaces the old rule; a blocked run's out-of-date line, `writeBlocked`). Session 14:
   * 99,976 B with link16 (+0.2 kB over main's 99,758 B, measured from the sources before and after): Masalah's and
   * Rencana's cells that name a workbook cell described as links to it (`cell-links.ts`: the sheet's real name quoted,
   * the tip in both languages; `OwnedSheetSpec.links`), so both hosts draw them as hyperlinks.
   * With plan16 too (+0.4 kB: 100,130 B against 99,717 B on its own base): the engine's `predicate_unknown` placed where it is
   * decided (`bandGap`: the Edisi Model cell, or the model file's band entry, the threshold named in both languages),
   * the Rencana sheet's efforts written by `formatEffort` and its step numbers grouped.
   * Both, merged: 100,395 B. 100,675 B with count16 (+0.3 kB): the count the skor jumlah inovasi takes
   * (`formula.jumlahInovasi.countOf`) — the Ringkasan's row *Skor jumlah inovasi dihitung dari* in both languages, the
   * withhold steps' reading note under "n" in both languages, the engine's and the planner's one conditional each.
   * With words16 too (+0.6 kB over 99,827 B: the Ringkasan's number formats, the Petunjuk's Wajib
   * column and tiers in words, input help titles cut at a word, the Dasar Ukur column and "atau tulis angka" said where
   * the engine's issues are located, the missing "Total SPD" row named — each message in both languages).
   * All merged: 101,392 B. With fix17 too (+0.2 kB: 100,894 B over 100,675 B on its own base): links capped at
   * Excel's 65,530 per sheet (`capLinks`), the note saying so on Masalah and Rencana in both languages. All merged: 101,616 B.
   * gaplinks (session 15, +103 B: 101,719 B): Ringkasan's evidence-gap Sel cells and located notes as links to their
   * cells, capped as the other sheets' (`placeLinks`), and `writeResults`' `maxLinks` for all three sheets.
   * prevyear beside it (+59 B): `recapYearsSummary` (the year-over-year line the pane's status says) and Banding Tahun's
   * row per region. All merged: 101,778 B.
   * fixvals (session 15, audit17, +2.2 kB: 104,003 B): cell values as analysts type them, each said at the cell in both
   * languages — a percent cell read as shown for every measure (`percent_cell_shown`), a row left out saying its cost and
   * the compliance warning naming it (`row-left-out.ts`, `SourceMap.rowsLeftOut`), a month without its day read where
   * the window settles it (`month_read`, `date-cells.ts`) and a refused date's cost, Ditolak "Belum"/"Proses", SID-8's
   * title-and-document options named (`byParts`), tiers and ranges as the options print them (`tier-forms.ts`, +0.45 kB),
   * an unknown Dasar Ukur said once (`SourceMap.saidAt`) and SPD-9 "BB" saying why it is not mapped (`grade-words.ts`).
   * fixcols (session 15, +1,589 B: 103,367 B on its own base): audit17 F1 and F6 — a measured Inovasi column of tier numbers said at
   * its header and a row answered in tier numbers said at its cell (`tierDigitsDoubt`, `rowTierDigits`, both texts with
   * both readings in both languages), a shortened indicator heading read or asked about (`headingNames`), a mandatory
   * indicator's missing column an error said once.
   * Both merged: 105,552 B.
   * fixread (session 15, review18, +862 B: 106,414 B): a percent cell's stored and shown readings weighed — both said
   * where they score apart, the impossible one (IPM 7250, 200 tahun of 3, 0,25 orang) not taken, said why
   * (`impossibleFor`, `percent_cell_stored`), in both languages; `formatColumns` naming short answer headings
   * (`mayHeadAnswer`, the reader's rule); a short heading over a column of something else not taken, said why
   * (`holdsAnswers`, +380 B), and of two short headings the one over answers taken.
   * trust19 (session 16, +884 B: 107,326 B over main's 106,442 B, both measured from the tarball): the editions' `unitEn`
   * and the IPM's `maximum` (data of every shipped edition the workbook carries), a reading the measure cannot take set
   * aside (`number_other_impossible`, the maximum's `implausible_value` text), units in English in the reader's messages
   * and the core's as placed, Ditolak's not-yet words robust to spacing, an unknown Dasar Ukur's cost — each in both
   * languages — and the core's `measure_maximum_below_tier` message. planfix19 (session 16, audit19, +855 B alone on
   * 106,442 B): the Rencana's step texts (core plan messages, which the Rencana sheet carries) say what to type —
   * withhold, copy, yandas names, a new innovation's row, SPD tiers by option — and `actionCells` names every cell a
   * step needs (a count's every field, a withhold's whole row, a yandas step's rows); a claimed plan's column "Indeks
   * Klaim Sesudah". Both merged: 108,162 B.
   * fixread19 (session 16, review19, +326 B alone: 107,644 B over 107,318 B): English units singular after 1 and typed
   * (`english-units.ts`, the singular in each English value and header message), an unreadable Ditolak formula taken
   * as rejected and said so in both languages, the other reading of a grouped number by definition only, a year
   * computed in the Tahun column ungrouped. All merged: 108,489 B.
   * The lead (session 16): `count_fraction` back (a fraction of a count said, both languages; fixread19 had withdrawn it
   * while the example held fractional counts): 108,572 B (+83 B); a new innovation's printed row names its date (the
   * core's plan messages, review20): 108,679 B (108,674 B at the session's last commit). `unitIn` and `withUnitIn`
   * exported, so that `=IID.SKOR_INOVASI` says a unit as the sheets do instead of keeping its own copy: 108,785 B.
   * plan21 (session 17, review20's wording leftovers, +346 B: 109,131 B): the core's step texts the Rencana sheet
   * carries — a printed row's answers by indicator and option, a copied row's Urusan Terkait and Jumlah Keikutsertaan
   * to clear, a yandas step's score after a dash — and a count step's Tahapan named on its condition ("Inovasi!J6 (dan
   * C6 bila sudah diujicobakan)"), in the Sel and Indikator columns, both languages.
   * mem21 (session 17, issue 8, +397 B: 109,182 B): located issues worded when read (one pair of getters and the
   * message's parameters instead of two stored strings), the Masalah sheet's cells and the notes column made as their
   * rows are written (`made` block columns, `blockText`), the notes kept in row order, links sharing their sheet's
   * quoted name — a located warning keeps ~320 bytes instead of ~660, the 10,000-innovation many-warnings bench
   * 165–171 → 138–146 MB. Both merged: 109,550 B.
   * read21 (session 17, audit17 F12, +820 B: 109,605 B): plain forms read — OPD/PD/SKPD as perangkat daerah, a
   * duration in days typed in weeks or hours ("1x24 jam"), working days read as days with their warning
   * (`working_days_read`, both languages), "Perwal", a closing full stop, "&" for "dan" — the Bukti words a verdict
   * without the column's status ("OK", "Terverifikasi") asked with what to type (`evidence_unclear`, both languages),
   * one place for a unit's English singular (`unitsIn`, `unitAfter`, exported for the add-in), an unknown option's
   * example number one the measure scores (`numberExample`), the English option labels' "points", and Bukti "Tdk Ada",
   * "Sudah upload" read as "Tidak Ada" and "Ada" are. All three merged: 110,391 B.
   * prov21 (session 17, audit21, +412 B alone: 109,197 B): the reader's warning at Tingkat when the region's name says
   * another level (both languages), and a target of the edition or model placed at its entry there rather than at the
   * workbook's target cell (the recap's year-over-year sheet and notes are not in this bundle). All four merged: 110,804 B.
   * The lead on review21 (+171 B: 110,975 B): bare hours on a measure in days said as a warning (`hours_read`, both
   * languages: "24 jam" may be the service's opening hours), "7x24 jam" not read, a converted value said to four decimals.
   * read22 (session 17, the refused plain forms audit17 F12 left, +939 B: 111,914 B): an option label's "A dan B" that is
   * the indicator's own subject is one phrase (SID-19 "Internal"), leading words of the indicator's name are no option
   * words (SPD-8 "Opini WTP"), a Bukti status followed by a remark read by the status (`evidence_with_remark`, both
   * languages) and "TMS" as Ditolak, a count typed as a part of its measure's whole (SPD-2a "2 dari 3").
   * review22 (session 18, +704 B: 112,618 B): Diterima before a remark read only when the remark says where or when
   * (the words it may hold, `evidence-remark.ts`), a remark naming another status asked, and the message that asks
   * (`evidence_remark_unread`, both languages); a name after the indicator's own words read as typed alone; a label's
   * subject as far as the indicator's name says it; one unit rule for "2 thn" and "2 dari 3 thn".
   * prov22 (session 18, +77 B: 112,030 B on 111,953 B): the reader's Tingkat check takes core's `levelInName` (the one
   * rule of the level a name says, which the year comparison and the list of regions take too: a bare "Kota Malang"
   * says kota, Kotabaru written "Kota Baru" none) instead of its own copy of the level words; +121 B (112,170 B) with
   * `compliance_year_far`'s two messages (the workbook carries core's message tables for `locateIssues`).
   * review22 and prov22 merged (with the lead's made-column `filled`, +48 B): 112,849 B.
   * fix22a (session 18, audit22 F1, F2, F8, F9, F11, F12, +3,094 B alone: 115,093 B from 111,999 B): a copy of the SPD
   * sheet named or, beside a hidden SPD, both named (`notRead`, `hiddenNamed`); two columns with one indicator's number
   * chosen by links words, hidden columns and "(lama)", the rest said (`column_twice`, four wordings in both
   * languages, `Grid.hiddenCols` from `<col hidden>`); a two-row header read (`sub_header_read`); a design narrative's
   * words counted (`design_text_column`, `design_words_counted`); headers, years ("TA 2026"), Tingkat, Tahapan and an
   * edition by its year (`edition_by_year`) read. Mostly the messages, each in Bahasa Indonesia and English.
   * fix22a merged with review22 and prov22: 115,888 B.
   * fix22b (session 18, audit22's value and count findings, +2,294 B over review22's 112,618 B: 114,912 B): a number
   * cell read as Excel shows it, the IPM's 0–1 ratio asked, a unit of another measure than the Dasar Ukur's asked
   * (`unit_other_measure`), an agency listed twice passed on once, Jumlah Keikutsertaan's ordinals read and an unreadable
   * one's cost said, near-duplicate innovations said (`innovation_near_duplicate`, with the core's `similarity`), ranges
   * with their unit read — five new messages in both languages are most of it (+1,871 B of the workbook's own code).
   * fix22b merged with fix22a, review22 and prov22: 118,093 B. The lead: a percentage for an indicator measured in no
   * percentage left to the core's unknown option (+43 B: 118,136 B).
   * fix22c (session 18, audit22b, +303 B over 115,888 B alone): the Rencana sheet's status for a plan with no step
   * because a column the score assumed empty is missing (core's `columnsAbsentNote`, both languages, in a table of its
   * own so the sheet does not carry the printed plan's words), a sheet issue's parameters read back
   * (`sheetIssueParams`, for the recap's one rule of figures not valid), a fraction typed as text quoted as typed in
   * English (`typedOr`), and a withhold's word count "kosong" where it printed "?". Merged with fix22b: 118,470 B (+334 B).
   * recap23 (session 19, +252 B: 118,738 B on 118,486 B): a workbook without several indicators' Bukti columns — the
   * reader's `evidence_column_missing` keeps every one's number (+6 B) — and the Rencana sheet's status for it says
   * them as one, `"<nomor>. Bukti" (indikator 1–20)`, with core's `columnHeadings` (grouping and number ranges, both
   * languages), where it listed twenty quoted headers twice (before, only "1. Bukti", which was not true).
   * Merged with newuser23 (the Ringkasan's level as a label, "Kabupaten") and the lead's re-run reading (ownText,
   * isScoreSheetMarker, releaseInputCells by the last headed column): 118,747 B.
   * read23 (session 19, the reader's leftovers, +1,229 B over 118,486 B: 119,715 B): a stage with a year in brackets
   * read and its year said (`stage_year_read`, `stage_year_future`, both languages), SID-18 "45%" naming the percent
   * bases only, SID-8 "SK" asked (`resolveAnswer` from the core), a merged narrative counted, the items of a listed
   * option in any order, a word without its label's prefix, "2/3" as a part of its whole, ranges through the one unit rule.
   * Both merged with the lead's re-run reading and newuser23 (session 19): 119,986 B.
   * plan23 (session 19): 118,712 B (+226 B over main's 118,486 B) — the Rencana sheet writes each step through the
   * core's `describeAction`, whose step on SID-18 (several bases, options naming no amount) now says each basis's values
   * for the tier it asks for, in both languages.
   * recap23, newuser23, read23, plan23 and the lead's re-run reading merged (session 19): 120,194 B; the reader's
   * extentOnlyColumns (a re-run reads an earlier run's output columns for where their values are): 120,202 B.
   * plan24 (session 19): 120,332 B (+138 B) — the core's step words: a yandas innovation no listed agency works in is
   * asked of "perangkat daerah yang membidanginya" (not the next agency in turn), named so in English too, and a unit
   * after exactly 1 singular in English; the Rekap's plan on figures not valid yet waits for the fix (one status in
   * place of the missing sheet's note). Merged with extentOnlyColumns: 120,342 B.
   * tidy24 (session 19): 120,247 B (+53 B) — the yandas warning's points and index and `predicate_unknown`'s index at
   * two decimals (`twoDecimals`, both languages), and the plan's writes after the summary's (new tabs Ringkasan,
   * Rencana, Masalah). Merged with plan24 and extentOnlyColumns: 120,395 B.
   * plan25 (session 20): 120,519 B (+124 B) — the core's step words say the evidence status to type ("Diterima") and, on
   * a new row typed from nothing, SID-18's values for its tier; the Rencana sheet's Perangkat Daerah column writes an
   * agency no listed one stands for in the sheet's language (`planAgencyText`).
   * read25 (session 20): 120,777 B (+382 B) — "percent" as "persen" in the reader's percent rules, Bukti "Proses" and
   * "Revisi" read as Menunggu, `FORM_WORDS` ("Website", "PDF", "Aplikasi") and SID-3's counts of years, and no tier
   * doubt on a row holding an amount elsewhere (`rowInAmounts`). Merged with plan25: 120,900 B; with carry25 (one normalising of a name per row) 120,943 B.
   * read26 (session 20): 121,042 B (+99 B) — `FORM_WORDS` for paper ("Buku", "Hard copy": SID-11 "Tercetak", SID-4
   * "Manual"), electronic files ("e-book", "Soft copy") and "Aplikasi Android" (named both, as "Aplikasi").
   * planunk26 (session 20): +188 B — the Rencana sheet's status for a target whose lower threshold is unknown
   * (`targetUnknownNote`, both languages; it wrote nothing there). Merged with read26: 121,233 B.
   * read27 (session 21): 121,890 B (+657 B) — `FORM_WORDS` for "Android", "aplikasi mobile", "file", print and paper,
   * SID-3's three years named (+163 B), and a bare number under a percentage's short heading ("Pengaduan": 12 % or 12
   * complaints?) said once at the heading (`countOrShare`, `column_unsure` role "share" in both languages).
   * addin27 (session 21): 121,294 B (+61 B) — the reader's `source.innovations.lastRow` (the sheet's last row holding
   * something), where the writer's output block ends: rows below holding only formulas whose result is empty get none.
   * Merged with read27: 121,955 B.
   * plan27 (session 21): 121,360 B (+127 B) — a claimed plan's step that answers a cell says the claimed IID counts it
   * as typed (the core's step words, both languages; the Rencana sheet's Change column passes the plan's projection).
   * Merged with read27 and addin27: 122,076 B.
   * recap27 (session 21): +62 B — an unmet count target's warning names the innovation rows an error left out
   * (`SourceMap.leftOutRows`, both languages). Merged: 122,120 B.
   * msgs28 (session 21): 123,417 B (+1,527 B) — a header repeated in another column order said at its row with both
   * layouts (`header_row_reordered`, `headerMoves`), an SPD sheet without Kode read by its exact indicator names or its
   * SPD 0 said at the sheet (`spd_read_by_names`, `spd_rows_not_read`), and the recap's one Nama Daerah in two files
   * naming the file that may be another region's (`duplicateHint`, `copyOf`); new messages in both languages.
   * Merged: 123,672 B.
   * agmatch28 (session 21, audit27 d6/d7): 122,911 B (+1,021 B over 121,890 B) — agency names as lists write them
   * (`agency-names.ts`: a list number dropped with its info in both languages, the region's own name after a name
   * ignored in matching, "mungkin maksudnya …" for a listed name inside the text and an urusan alias's agency; +117 B
   * of it the core's `unknown_agency` message).
   * Merged: 124,680 B.
   * plan28 (session 21): 122,320 B (+200 B over 122,120 B, merged with main) — the core's step words for a mandatory
   * answer given but not scoring, answered again ("ganti jawaban indikator wajib … "lihat lampiran" (pilihan tidak
   * dikenal)", both languages), which the Rencana sheet carries.
   * Merged: 124,882 B.
   * agency28 (session 21): 123,227 B (+1,337 B) — an agency list that is empty or loses rows: the empty sheet said
   * (`agencies_none`), a blank Jenis kept as its name's type (`agency_type_blank`, `typeInName`), a missing Jenis column
   * read so and a "Kategori" column named, reworded Nama/Jenis headings and a missing Nama's row named, a rule over no
   * agency "tidak dapat dinilai" on Ringkasan and Rencana, and the core's message for it — both languages.
   * Merged: 126,250 B.
   * values28 (session 21): 123,004 B (+1,114 B over 121,890 B) — what analysts type on Pengaturan and Inovasi, most of it
   * messages in both languages: the rule's minimum "minimal 1" / "1 (satu) inovasi" read (`atLeast`) and a refused one
   * saying the rule is not checked; a year that is two ("2026/2027") saying what to write; "Semua OPD" and what a refused
   * type, stage or form leaves the rule; a totals row skipped and said (`totalsWord`, `totals_row_skipped`); a year alone
   * in a date column read inside the window or refused saying why (`yearOnly`, `yearAsDate`); Tahapan "Inisiasi".
   * Merged: 127,335 B.
   * read29 (session 22): 128,497 B (+1,162 B over 127,335 B) — what analysts type, mostly messages in both languages:
   * "mungkin maksudnya" for a stage ("Replikasi", "Uji Coba/Penerapan": `labelsMeant`) and a slash of one label read;
   * a refused Target saying it is not checked; "Kategori" read as Jenis by its cells; merged-agency abbreviations
   * (`joinedUrusan`); `agency_read_as_listed`; a renamed Perangkat Daerah sheet by reworded headings (`agencyHeader`);
   * the forms "hasil cetak", "printer", "berkas", "dokumen".
   * addin29 (session 22): 127,642 B (+307 B) — a formula whose result is blank where an output column is added is kept
   * (`Grid.formulaAreas`: listed by the .xlsx reader, looked up by the writer) and said as a formula, both languages.
   * Merged (read29 + addin29): 128,756 B.
   * perf29 (session 22): 127,575 B (+198 B over 127,377 B) — an unknown agency's "mungkin maksudnya" with the listed
   * names made ready once per list and each text's answer kept (`readyList`, `urusanEntry`), and the core's
   * `closestIndex` keeping a short list by its names.
   * Merged (read29 + addin29 + perf29): 128,925 B.
   * recplan29 (session 22): 128,416 B measured on the branch (+1,081 B over the merged figure above) — count targets of
   * a file with rows left out by the recap's rule on Ringkasan and in banding (`countTargetVerdicts`: "Ya, walau …",
   * "belum pasti — …", both languages), the Rekap's "Ya (baris yang terbaca sudah mencapainya)" and line, and the core's
   * plan words it carries (a mistyped optional answer quoted, a claimed plan's new row).
   * Merged: 129,929 B.
   * model30 (session 22, audit29 #7-#9): 127,825 B (+490 B) — a column of an indicator the model removed said so
   * (`removedFromBase`, both languages), and core's new-band overlap message and entry names beside a path.
   * Merged: 130,353 B.
   * read31 (session 23): 131,328 B (+975 B) — a period of the last years read by the years the options count
   * (period-words.ts), a badan's or dinas's abbreviation read as OPD (`opdAbbreviation`), a "Kategori" column finding a
   * renamed Perangkat Daerah sheet, pasted text's dashes and invisible characters.
   * messy31 (session 23): 130,571 B (+218 B) — what an unknown answer needs of its indicator or measure kept once
   * (the name's own words, a text's reading by its words, a range's open ends, an unknown option's number example, the
   * edition's indicators by id).
   * blocks31 (session 23): 131,182 B (+829 B over the merged figure above) — a block pasted under its own header in
   * another column order read with that header's layout (`blockLayout`, `layoutAt`, the layout per row in the reader,
   * the plan and the evidence gaps), its info `header_row_own_order` and the error's reason, both languages.
   * Merged: 132,369 B.
   * blk32 (session 24): 132,663 B (+294 B) — a block's own colour rules (`layoutRules`: a rule per run of rows that
   * keeps the field's column) and their `formulaPattern`, by which a re-run knows them as its own; 132,927 B (+264 B)
   * with a header in two rows repeated read joined with its row under (that row skipped), and the error's reason.
   * ws32 (session 24): about 132,490 B (+121 B: 132,471 → 132,592 B measured with this session's workbook changes) —
   * core's `closestIndex` with its letters-in-common bound. With ws32's workbook changes (the Masalah sheet's sort by
   * sheet rank, `escapeXml` in one pass, `blockBounds` from the column's ends, the reader's answer table by evidence
   * slot): 132,635 B (+266 B over 132,369 B).
   * Merged (blk32 + ws32): 133,183 B. 133,240 B (+57 B, lead): the evidence rule tests the labels with MATCH (LibreOffice
   * coloured every filled cell with OR(x={…})) and lists its OR form among the formulas a re-run removes as its own.
   * hdr33 (session 25): 133,322 B (+82 B) — no header row in a colour rule's range (the source map's `headerRows`,
   * `layoutRules` cut at each), and a scored copy's notes in the output columns not read as a block's header or sub-header.
   * mem33 (session 25): 133,356 B (+116 B) — located core issues share their wording parts (one per locale, `whereOf`
   * and placing) and one `whereOf` per source map; `withParams` adds an issue's parameters with `Object.assign`.
   * Merged with hdr33 and the minutes reading: 133,452 B.
   * rows33 (session 25): 134,216 B (+976 B) — a totals row under the agencies skipped and said, hidden rows read by the
   * .xlsx reader and said once per sheet (`hidden_rows_read`), a trial date after the implementation date warned.
   * Merged (hdr33, mem33, minutes, rows33): 134,429 B.
   * plan33 (session 25): 133,564 B (+324 B): the plan's words for a Bukti "Diterima" to set back to "Menunggu", and the
   * Bukti cell a tier up over it names. Merged (all of session 25): 134,734 B.
   * tbl34 (session 26): 135,546 B (+832 B over main's 134,714 B) — a title alone in its row read as a section title,
   * a later year's part set aside (`section_title_skipped`, `section_year_later` in both languages), `ht="0"` hidden.
   * planrow34 (session 26): 135,927 B (+1,193 B against session 25's merged figure) — plan-rows.ts: a step naming a
   * whole row leaves out cells merged with other rows, new rows go above a totals row (words in both languages).
   * Merged (af34, tbl34, mem34, planrow34; titles and a later year's rows kept from new rows): 136,862 B.
   * none34 (session 26): 135,417 B (+683 B) — a none word typed as an answer read as tier 0 (`none-words.ts`,
   * `none_word_read` in both languages), Melapor's Sudah/Belum and the unreadable Melapor's "meanwhile".
   * Merged with none34: 137,531 B.
   * Tingkat read from Nama Daerah when empty (`level_from_name`, session 26 lead): 137,667 B (+136 B).
   * rerun35 (session 27): 137,911 B (+244 B) — a re-run's warning at a Bukti still "Diterima" whose answer was raised
   * since the last run (`evidence_for_earlier_tier`, both languages; the check itself is the hosts', not this bundle's).
   * tbl35 (session 27): 138,544 B (+877 B) — rows set aside marked in the copy (words in both languages), an agency's
   * name alone in its row read as a heading (`agency_heading_read`), new rows inserted above a later year's title.
   * words35 (session 27): 138,208 B (+541 B) — a none phrase with what there is none of ("tidak ada pengaduan"), a
   * none word read as an indicator's one option that says none (`none_option_read` in both languages), a dash tier 0.
   * With the English none warning's sheet labels and `ReadOptions.errorsStop` (no "meanwhile" where nothing is
   * scored): 138,319 B (+111 B).
   * model35 (session 27, audit35): 138,328 B (+661 B) — core's new model messages (both languages, as `withMessages`),
   * a model file's warnings for the scored copy (`modelFileWarnings`), the year comparison's `--model` advice.
   * Merged (session 27: rerun35, tbl35, words35, engine35, dev35, model35): 140,105 B.
   * rerun36 (session 28): 140,430 B (+325 B) — the plan's new rows above a later year's title when the last innovation
   * read is under it, the rows under it named where they move (+265 B); agency headings matched as the Perangkat Daerah
   * column is (+61 B); the SPD rows' raised-answer warning is the hosts' (−1 B).
   * prov36 (session 28, audit35): 140,515 B (+410 B) — core's band messages (as `withMessages`), English counts in the
   * singular or plural, option labels quoted as the sheet accepts them, the template's year said as IGA only for a
   * shipped edition. Merged with rerun36: 140,844 B.
   * read36 (session 28): 141,328 B (+898 B) — a date in the Tahun column read as its year and quoted by its number
   * format (date-shown.ts, the message; Tahun among the format columns), a bare 1 in a share asked, an unknown agency
   * guessed without the region's name (meantWithoutRegion).
   * print36 (session 28): 141,364 B (+934 B) — Ringkasan groups problems by kind (`issueGroups`, moved from the CLI,
   * and its words), Masalah's print setup and wrap, the Rekap's rows wrapped.
   * Merged (session 28: rerun36, prov36, range36, read36, print36, plan36, recap36): 142,470 B.
   * print37 (session 29): 142,545 B (+75 B) — `wrappedLines` measures words by Calibri 11's widths (a 95-character
   * table) instead of counting characters; a merged range's row height across its columns (`OwnedSheetSpec.merges`).
   * recap37 (session 29, audit37): 142,522 B (+52 B) — the year comparison's "tidak sebanding" (bands the two years
   * cannot line up), a region short of two count targets named once, Ringkasan's two maximum-contribution columns.
   * cli37 (session 29): 142,567 B (+97 B) — a recap known by its Rekap header row when A1 was cleared (`isOwnRecap`),
   * the duplicate note's file-time sentence out of its bracket, `groupSummary` shared with the CLI, the plan's reading
   * note silent when the yandas rule fails through the plan, a row left out keeping its message's parameters (+19 B).
   * trust37 (session 29): 142,732 B (+243 B over 142,489 B) — the columns whose formats the hosts load found as the
   * reader finds them (Tahun Penilaian's value, rewordings, the SPD answer: `format-columns.ts`), weekday names in a
   * date quoted as shown, the breakdown's weights guarding a re-run's earlier tiers.
   * model37 (session 29): 143,362 B (+892 B over 142,470 B) — the model-file messages of `withMessages` (the workbook
   * formats issues), and the plan's exported helpers reading a locale tag (`readLocale`, +83 B).
   * Merged (session 29: print37, recap37, cli37, trust37, model37): 143,778 B.
   * fmt38 (session 30): 143,806 B (+28 B) — a header cell's `headerKey` made once in `headerRow` (columns are asked by
   * it), an indicator's names in full as keys once per indicator (`fullNames`), so `formatColumnsIn` no longer makes
   * them per cell and per field or indicator.
   * locale38 (session 30): 144,005 B (+227 B) — every exported function of the workbook that takes a locale reads it
   * with core's `readLocale` ("en-US", "EN" → en; another a RangeError naming the function): 56 calls, each naming it.
   * Then 144,128 B (+123 B): the workbook formats model-file issues, so it carries the numbered id's messages.
   * enin38 (session 30, audit38): 145,022 B (+1,244 B) — nouns that count persons as the unit "orang", the agency types'
   * and levels' English names (read, and listed in English messages), the English evidence statuses named, a text date
   * read day first said so (the date month first would give) and a day-first date warned beside a month-first one.
   * plan38 (session 30, audit38): 144,649 B (+871 B over 143,778 B) — the evidence to-do per agency (the Rencana's
   * rows of each agency's innovations at their cells, `evidenceGapRows` for --json, Ringkasan's "filter by Perangkat
   * Daerah"), the plan's notes on new innovations at the raised median and on the SPD rows of record (both languages,
   * most of it), a step's gain as the change of the printed index (`formatStepGain`, a 0 cell shown "<0,01").
   * enout38 (session 30): 144,584 B (+806 B) — each owned sheet's title in both languages and their recognition
   * (`SHEET_TITLES`), Ringkasan's alignments, the Rencana's English field names.
   * Merged (session 30: tidy38, cli38, fmt38, locale38, diff38, enin38, plan38, enout38): 147,047 B.
   */
  workbook: 147.1 * KB,
  /** `compareEditions` with its messages (diff38, session 30: `inovasi model diff`): 5,977 B, no zod, no edition. */
  compareEditions: 6 * KB,
};

let dir = "";
let packed: { name: string; filename: string; files: { path: string }[] }[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "inovasi-published-"));
  packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", dir, "./packages/core", "./packages/workbook", "./packages/cli"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }),
  );
  for (const p of packed) {
    const to = join(dir, "node_modules", p.name);
    mkdirSync(to, { recursive: true });
    execFileSync("tar", ["xzf", join(dir, p.filename), "-C", to, "--strip-components=1"]);
  }
  symlinkSync(join(root, "node_modules/zod"), join(dir, "node_modules/zod"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "portal", private: true, type: "module" }));
  copyFileSync(join(root, "examples/kabupaten-contoh.region.json"), join(dir, "region.json"));
  copyFileSync(join(root, "examples/model-provinsi-contoh.json"), join(dir, "model.json"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Run a script in the scratch project; its last line is JSON. */
function run(file: string, code: string): Record<string, unknown> {
  writeFileSync(join(dir, file), code);
  const out = execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" }).trim().split("\n");
  return JSON.parse(out[out.length - 1]!);
}

describe("the tarballs", () => {
  it("hold every file their exports name, the license, and no sources or tests", () => {
    expect(packed.map((p) => p.name)).toEqual(["@inovasi/core", "@inovasi/workbook", "@inovasi/cli"]);
    for (const p of packed) {
      const files = new Set(p.files.map((f) => f.path));
      const pkg = `packages/${p.name.replace("@inovasi/", "")}/package.json`;
      // the license text the package.json's "license" names, as npm shows it and a packager's audit reads it
      expect(files.has("LICENSE"), p.name).toBe(true);
      const targets: string[] = [];
      const walk = (x: unknown): void => {
        if (typeof x === "string") targets.push(x.replace(/^\.\//, ""));
        else if (x && typeof x === "object") Object.values(x).forEach(walk);
      };
      walk(JSON.parse(readFileSync(join(root, pkg), "utf8")).exports);
      expect(targets.filter((t) => !files.has(t)), p.name).toEqual([]);
      expect([...files].filter((f) => /^(src|test)\//.test(f)), p.name).toEqual([]);
    }
  });
});

describe("in Node", () => {
  const use = (load: (spec: string) => string, resolve: (spec: string) => string) => `
const { parseRegionInput, scoreRegion, getEdition, editionIds, validateEdition, formatIssue, editionJsonSchema } = ${load("@inovasi/core")};
const { readWorkbook } = ${load("@inovasi/workbook")};
const { readGrids } = ${load("@inovasi/workbook/xlsx-read")};
const json = JSON.parse(readFileSync("region.json", "utf8"));
const input = parseRegionInput(json);
const subpaths = {};
for (const id of editionIds) subpaths[id] = (${load("`@inovasi/core/editions/${id}`")}).edition;
const r = scoreRegion(input.value, subpaths["iid-2026"]);
const model = validateEdition(JSON.parse(readFileSync("model.json", "utf8")), { locale: "en" });
const bad = validateEdition({ extends: "iid-2026", id: "prov-x", indicators: [{ id: "SID-20", weight: "six" }] }, { locale: "en" });
console.log(JSON.stringify({
  index: r.verified.index, predicate: r.verified.predicate?.label.en,
  ids: editionIds, sameAsGetEdition: editionIds.filter((id) => subpaths[id] === getEdition(id)), frozen: Object.isFrozen(subpaths["iid-2026"]),
  model: [model.ok, model.value?.id], bad: bad.issues.map((i) => formatIssue(i, "en")),
  schema: schema.$schema, sameSchema: JSON.stringify(schema) === JSON.stringify(editionJsonSchema({ bases: editionIds })),
  functions: [typeof readWorkbook, typeof readGrids],
  files: [${resolve("@inovasi/core")}, ${resolve("@inovasi/core/editions/iid-2023")}],
}));`;
  const expected = {
    index: 38.55,
    predicate: "Less innovative",
    ids: EDITIONS,
    sameAsGetEdition: EDITIONS,
    frozen: true,
    model: [true, "prov-contoh-2026"],
    bad: ["indicators[0].weight (weight of indicator SID-20): must be a number"],
    schema: "https://json-schema.org/draft/2020-12/schema",
    sameSchema: true,
    functions: ["function", "function"],
  };
  /** Node's import gets the bundled build (`node` condition: a few files load faster than 120), require the CJS one. */
  const files = (r: Record<string, unknown>) => (r.files as string[]).map((f) => f.replace(/^.*\/node_modules\/@inovasi\/core\//, ""));

  it("ESM (import): the README's example, every edition subpath, a province's model, the schema file", () => {
    const code = `import { readFileSync } from "node:fs";
import schema from "@inovasi/core/edition.schema.json" with { type: "json" };
${use((s) => `await import(${s.startsWith("`") ? s : JSON.stringify(s)})`, (s) => `import.meta.resolve("${s}")`)}`;
    const r = run("use.mjs", code);
    expect({ ...r, files: undefined }).toEqual({ ...expected, files: undefined });
    expect(files(r)).toEqual(["dist/node/index.js", "dist/node/editions/shipped/iid-2023.js"]);
  });

  it("CommonJS (require): the same, and a required edition is the object getEdition gives (one copy, one compiled cache)", () => {
    const code = `const { readFileSync } = require("node:fs");
const schema = require("@inovasi/core/edition.schema.json");
(async () => {
${use((s) => `require(${s.startsWith("`") ? s : JSON.stringify(s)})`, (s) => `require.resolve("${s}")`)}
})();`;
    const r = run("use.cjs", code);
    expect({ ...r, files: undefined }).toEqual({ ...expected, files: undefined });
    expect(files(r)).toEqual(["dist/index.cjs", "dist/editions/shipped/iid-2023.cjs"]);
  });
});

describe("in a browser bundle (esbuild, platform browser, through the packages' exports)", () => {
  async function bundle(contents: string) {
    const r = await build({
      stdin: { contents, resolveDir: dir, loader: "js" },
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(Object.values(r.metafile.outputs)[0]!.inputs);
    return { gzip: gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length, text: r.outputFiles[0]!.text, inputs };
  }
  const zodLocales = (inputs: string[]) => inputs.filter((f) => /zod\/.*locales\/(?!index)/.test(f)).map((f) => f.replace(/^.*\//, ""));

  it("importing the packages runs nothing (no side effects: the bundle of bare imports is empty)", async () => {
    const b = await bundle(`import "@inovasi/core"; import "@inovasi/core/editions/iid-2026"; import "@inovasi/workbook"; import "@inovasi/workbook/xlsx-read";`);
    expect(b.text.trim()).toBe("");
  });

  it("one function from the root carries that function only (from the one-module-per-file build, not Node's)", async () => {
    const b = await bundle(`export { roundHalfUp } from "@inovasi/core";`);
    expect(b.gzip).toBeLessThan(1 * KB);
    expect(b.inputs).toEqual(["node_modules/@inovasi/core/dist/engine/_round.js", "<stdin>"]);
  });

  it.each(EDITIONS)("parseRegionInput + scoreRegion + %s from its subpath: that edition only, no zod, under its ceiling", async (id) => {
    const b = await bundle(`export { parseRegionInput, scoreRegion } from "@inovasi/core";\nexport { edition } from "@inovasi/core/editions/${id}";`);
    const editionModules = b.inputs.map((f) => /editions\/shipped\/(iid-[\w-]+?)(?:\.data)?\.js$/.exec(f)?.[1]).filter((x) => x !== undefined);
    expect(new Set(editionModules)).toEqual(new Set([id]));
    expect(b.inputs.filter((f) => f.includes("node_modules/zod/"))).toEqual([]);
    console.log(`parse + score + ${id} from the tarball: ${(b.gzip / KB).toFixed(1)} kB min+gzip`);
    expect(b.gzip).toBeLessThanOrEqual(id === "iid-2026" ? CEILING.oneEdition : CEILING.otherEdition);
  });

  it("scoreRegions carries the default edition only, not every shipped one (dev13 F12: +14.6 kB for all four)", async () => {
    const b = await bundle(`export { parseRegionInput, scoreRegion, scoreRegions } from "@inovasi/core";\nexport { edition } from "@inovasi/core/editions/iid-2026";`);
    const editionModules = b.inputs.map((f) => /editions\/shipped\/(iid-[\w-]+?)(?:\.data)?\.js$/.exec(f)?.[1]).filter((x) => x !== undefined);
    expect(new Set(editionModules)).toEqual(new Set(["iid-2026"]));
    console.log(`parse + score + scoreRegions + iid-2026 from the tarball: ${(b.gzip / KB).toFixed(1)} kB min+gzip`);
  });

  it("… + formatIssue (messages in both languages) stays under 39 kB", async () => {
    const b = await bundle(`export { parseRegionInput, scoreRegion, formatIssue } from "@inovasi/core";\nexport { edition } from "@inovasi/core/editions/iid-2026";`);
    console.log(`parse + score + formatIssue + iid-2026: ${b.gzip} B min+gzip`);
    expect(b.gzip).toBeLessThanOrEqual(CEILING.withMessages);
  });

  it("compareEditions and its messages: no zod, no shipped edition, under their ceiling", async () => {
    const b = await bundle(`export { compareEditions, formatEditionDifference, formatDifferenceSources, differenceKindName } from "@inovasi/core";`);
    console.log(`compareEditions + its messages: ${b.gzip} B min+gzip`);
    expect(b.inputs.filter((f) => f.includes("node_modules/zod/") || f.includes("editions/shipped/"))).toEqual([]);
    expect(b.gzip).toBeLessThanOrEqual(CEILING.compareEditions);
  });

  it("parseRegionInput + scoreRegion + getEdition (every edition) stays under 45 kB", async () => {
    const b = await bundle(`export { parseRegionInput, scoreRegion, getEdition } from "@inovasi/core";`);
    expect(b.gzip).toBeLessThanOrEqual(CEILING.allEditions);
  });

  it("validateEdition + formatIssue: zod's English locale only (it registers that one itself), under 75 kB", async () => {
    const b = await bundle(`export { validateEdition, formatIssue } from "@inovasi/core";`);
    console.log(`validateEdition + formatIssue: ${b.gzip} B min+gzip`);
    expect(zodLocales(b.inputs)).toEqual(["en.js"]);
    expect(b.gzip).toBeLessThanOrEqual(CEILING.validate);
  });

  // packages/core/README.md states these figures; they had drifted 1.9 kB from what an app bundles (audit15 F16)
  it("packages/core/README.md's size figures are within 1 kB of what these bundles measure", async () => {
    const readme = readFileSync(join(root, "packages/core/README.md"), "utf8").replace(/\s+/g, " ");
    const stated = (re: RegExp) => {
      const m = re.exec(readme);
      expect(m, String(re)).not.toBeNull();
      return Number(m![1]) * KB;
    };
    const one = `export { parseRegionInput, scoreRegion } from "@inovasi/core";\nexport { edition } from "@inovasi/core/editions/iid-2026";`;
    const base = (await bundle(one)).gzip;
    const figures: [RegExp, number][] = [
      [/one edition from its subpath ([\d.]+) kB/, base],
      [/`formatIssue` adds ([\d.]+) kB/, (await bundle(`${one}\nexport { formatIssue } from "@inovasi/core";`)).gzip - base],
      [/`scoreRegions` adds ([\d.]+) kB/, (await bundle(`${one}\nexport { scoreRegions } from "@inovasi/core";`)).gzip - base],
      [/with `getEdition` \([^)]*\) ([\d.]+) kB/, (await bundle(`export { parseRegionInput, scoreRegion, getEdition } from "@inovasi/core";`)).gzip],
      [/`recapRegions` ([\d.]+) kB/, (await bundle(`${one}\nexport { planRegion, innovationsNeeded, recapRegions } from "@inovasi/core";`)).gzip],
      [/every shipped edition it may extend\) ([\d.]+) kB/, (await bundle(`export { validateEdition, formatIssue } from "@inovasi/core";`)).gzip],
    ];
    for (const [re, measured] of figures) expect(Math.abs(stated(re) - measured), `${re}: measured ${(measured / KB).toFixed(1)} kB`).toBeLessThanOrEqual(KB);
  });

  it("the workbook (read grids, write results) and the .xlsx reader build with no Node built-in", async () => {
    const wb = await bundle(`export { readWorkbook, writeResults, locateIssues } from "@inovasi/workbook";\nexport { scoreRegion } from "@inovasi/core";`);
    console.log(`workbook bundle: ${wb.gzip} B min+gzip`);
    expect(wb.gzip).toBeLessThanOrEqual(CEILING.workbook);
    const xlsx = await bundle(`export { readGrids, openPackage } from "@inovasi/workbook/xlsx-read";`);
    for (const b of [wb, xlsx]) {
      expect(b.inputs.filter((f) => f !== "<stdin>" && !f.startsWith("node_modules/"))).toEqual([]);
      expect(zodLocales(b.inputs)).toEqual([]);
    }
  });
});

describe.skipIf(!chromium.path && !requireBrowser())("in a browser (headless Chromium, the app bundled from the tarball)", () => {
  it("scores the example, explains an innovation, plans, checks a province's model and speaks English", async () => {
    if (!chromium.path) throw new Error(`INOVASI_REQUIRE_BROWSER is set but no Chromium was found: ${chromium.reason}`);
    const app = await build({
      stdin: {
        contents: `import { parseRegionInput, scoreRegion, explainInnovation, planRegion, validateEdition, formatIssue } from "@inovasi/core";
import { edition } from "@inovasi/core/editions/iid-2026";
window.portal = (json, model) => {
  const input = parseRegionInput(json, { locale: "en" });
  const r = scoreRegion(input.value, edition);
  const m = validateEdition(model, { locale: "en" });
  return { index: r.verified.index, predicate: r.verified.predicate.label.en, rows: explainInnovation(r.innovations[0], edition).verified.length,
    steps: planRegion(input.value, edition).actions.length > 0, first: formatIssue(r.issues[1], "en"), model: [m.ok, m.value.id] };
};`,
        resolveDir: dir,
        loader: "js",
      },
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      write: false,
      logLevel: "silent",
    });
    const { chromium: pw } = await import("playwright-core");
    const browser = await pw.launch({ executablePath: chromium.path, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.setContent(`<!doctype html><script>${app.outputFiles[0]!.text.replace(/<\/script/g, "<\\/script")}</script>`);
      const json = JSON.parse(readFileSync(join(dir, "region.json"), "utf8"));
      const model = JSON.parse(readFileSync(join(dir, "model.json"), "utf8"));
      const out = await page.evaluate(([j, m]) => (globalThis as unknown as { portal: (a: unknown, b: unknown) => unknown }).portal(j, m), [json, model] as const);
      expect(errors).toEqual([]);
      expect(out).toEqual({
        index: 38.55,
        predicate: "Less innovative",
        rows: 20,
        steps: true,
        first: "innovations[0].answers.SID-20: mandatory indicator SID-20 is not answered; the innovation does not count in the verified projection",
        model: [true, "prov-contoh-2026"],
      });
    } finally {
      await browser.close();
    }
  });
});

describe("in TypeScript (strict, NodeNext, exactOptionalPropertyTypes, noUncheckedIndexedAccess)", () => {
  it("a portal's code type-checks, and results are typed as narrowly as they are (no any: each @ts-expect-error must hold)", () => {
    const esm = `import { parseRegionInput, scoreRegion, explainInnovation, validateEdition, deriveEdition, renderEditionMarkdown, formatIssue, planRegion, checkCompliance, getEdition, editionJsonSchema, innovationsNeeded, scoreRegions, recapRegions, editionIds, type Edition, type Issue, type RegionInputData, type RegionResult, type ShippedEditionId } from "@inovasi/core";
import { edition } from "@inovasi/core/editions/iid-2026";
import { readWorkbook, type WorkbookGrids } from "@inovasi/workbook";
import { readGrids } from "@inovasi/workbook/xlsx-read";

declare const json: unknown;
declare const grids: WorkbookGrids;
const input = parseRegionInput(json, { locale: "en" });
if (input.ok) {
  const r: RegionResult = scoreRegion(input.value, edition);
  const index: number | null = r.verified.index;
  // @ts-expect-error the index may be unknown (null): not a plain number
  const plain: number = r.verified.index;
  // @ts-expect-error a predicate label is text in two languages, not a string
  const label: string = r.verified.predicate!.label;
  const first = r.innovations[0];
  // @ts-expect-error noUncheckedIndexedAccess: an innovation may be missing
  explainInnovation(first, edition);
  if (first) explainInnovation(first, edition).verified.map((row) => row.score);
  const plan = planRegion(input.value, edition, {});
  const lines: string[] = [...plan.actions.map((a) => a.step.toFixed(0))];
  if (edition.compliance) checkCompliance(input.value, edition.compliance).rules.map((x) => x.nonCompliant + 1);
  r.issues.forEach((i: Issue) => formatIssue(i, "en"));
  void [index, plain, label, lines];
}
if (!input.ok) {
  // @ts-expect-error there is no value when the input was refused
  input.value.region;
}
// input written in code (audit35 #4): RegionInputData, defaults left out; RegionInput is the parsed value
const written: RegionInputData = { region: { name: "Kab X", level: "kabupaten", year: 2026 }, innovations: [{ name: "A", agency: "Dinas", stage: "penerapan", urusan: "Kesehatan", answers: { "SID-1": { tier: 2 } } }] };
const parsedWritten = parseRegionInput(written);
if (parsedWritten.ok) scoreRegion(parsedWritten.value, edition);
const model = validateEdition(JSON.parse("{}"), { locale: "en" });
const e: Edition | undefined = model.ok ? model.value : getEdition("iid-2026");
// @ts-expect-error getEdition gives undefined for an unknown id
const sure: Edition = getEdition("iid-2099");
const schema: Record<string, unknown> = editionJsonSchema();
// options passed on as they come (exactOptionalPropertyTypes): an optional option takes undefined
declare const maybeLocale: "id" | "en" | undefined;
validateEdition({}, { locale: maybeLocale });
deriveEdition(edition, {}, { locale: maybeLocale });
editionJsonSchema({ bases: undefined });
formatIssue(model.issues[0]!, "en", { where: undefined });
renderEditionMarkdown(edition, { madeBy: undefined });
declare const maybeProjection: "claimed" | "verified" | undefined;
const parsedMaybe = parseRegionInput(json, { locale: maybeLocale });
if (parsedMaybe.ok) {
  planRegion(parsedMaybe.value, edition, { projection: maybeProjection, target: undefined, efforts: undefined, expectedScore: undefined, maxNewInnovations: undefined, maxActions: undefined, result: undefined });
  innovationsNeeded(parsedMaybe.value, edition, { target: undefined, projection: maybeProjection, expectedScore: undefined, max: undefined });
}
scoreRegions([], { edition: undefined, locale: maybeLocale });
declare const maybeYear: number | undefined;
recapRegions([], { year: maybeYear, target: undefined, lacksLimit: undefined, planner: undefined, expected: undefined });
readWorkbook(grids, { edition: undefined, editions: undefined, locale: maybeLocale });
// a shipped id gives an edition; any other text may not
const shipped: Edition = getEdition("iid-2026");
const ids: readonly string[] = editionIds;
const firstId: ShippedEditionId = "iid-2023-inferred";
declare const userId: string;
// @ts-expect-error an id typed string may name no shipped edition
const unsure: Edition = getEdition(userId);
void [shipped, ids, firstId, unsure];
const read = readWorkbook(grids, { locale: "en" });
const rg: typeof readGrids = readGrids;
void [e, sure, schema, read, rg];
`;
    const cjs = `import core = require("@inovasi/core");
import iid2023 = require("@inovasi/core/editions/iid-2023");
const r = core.scoreRegion(core.parseRegionInput({}).value!, iid2023.edition);
// @ts-expect-error the index may be unknown (null)
const n: number = r.verified.index;
void n;
`;
    writeFileSync(join(dir, "portal.mts"), esm);
    writeFileSync(join(dir, "portal.cts"), cjs);
    const program = ts.createProgram([join(dir, "portal.mts"), join(dir, "portal.cts")], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      skipLibCheck: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.replace(dir, "")}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : "";
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(problems).toEqual([]);
  });

  it("an older CommonJS project (module commonjs, whose default resolution ignores exports) finds the subpaths' types too", () => {
    writeFileSync(
      join(dir, "old.ts"),
      `import { scoreRegion, parseRegionInput } from "@inovasi/core";
import { edition } from "@inovasi/core/editions/iid-2027-projection";
import { readGrids } from "@inovasi/workbook/xlsx-read";
const r = scoreRegion(parseRegionInput({}).value!, edition);
// @ts-expect-error the index may be unknown (null)
const n: number = r.verified.index;
void [n, readGrids];
`,
    );
    const program = ts.createProgram([join(dir, "old.ts")], { strict: true, noEmit: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] });
    expect(program.getCompilerOptions().moduleResolution).toBeUndefined(); // TypeScript's default for commonjs: node10
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });
});
