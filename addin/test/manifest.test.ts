/**
 * Offline structural check of the XML add-in manifest. `office-addin-manifest validate` needs Microsoft's web service
 * and no npm package ships the XML XSDs (stack-notes), so this checks what the schema and Office would reject.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCORE_COMMAND } from "../src/commands/ribbon.js";

const xml = readFileSync(new URL("../manifest.xml", import.meta.url), "utf8");
const all = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]!);

describe("add-in manifest (offline structural check)", () => {
  it("has the required top-level elements in schema order", () => {
    const order = ["<Id>", "<Version>", "<ProviderName>", "<DefaultLocale>", "<DisplayName", "<Description", "<IconUrl", "<HighResolutionIconUrl", "<SupportUrl", "<Hosts>", "<Requirements>", "<DefaultSettings>", "<Permissions>", "<VersionOverrides"];
    const pos = order.map((t) => xml.indexOf(t));
    expect(pos.every((p) => p >= 0)).toBe(true);
    expect([...pos].sort((a, b) => a - b)).toEqual(pos);
  });
  it("has no empty AppDomains: the schema wants one AppDomain at least (minOccurs 1); the element is optional", () => {
    expect(xml).not.toMatch(/<AppDomains\s*\/>|<AppDomains>\s*<\/AppDomains>/);
    const domains = /<AppDomains>([\s\S]*?)<\/AppDomains>/.exec(xml);
    if (domains) expect(domains[1]).toMatch(/<AppDomain>https?:\/\/[^<\/]+<\/AppDomain>/);
  });
  it("has a GUID id and a four-part version", () => {
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
  });
  it("declares the shared runtime (long lifetime) and custom functions under namespace IID", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/xsi:type="CustomFunctions"/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="IID"\/>/);
  });
  it("every resid resolves to exactly one resource, and every resource id is unique", () => {
    const ids = all(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of all(/resid="([^"]+)"/g)) expect(ids, r).toContain(r);
  });
  it("every URL is https on localhost:3000 and names a file the build emits", () => {
    const urls = all(/(?:DefaultValue)="(https?:[^"]+)"/g);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\/(taskpane\.html|functions\.js|functions\.json|assets\/icon-\d+\.png)$/);
  });
  it("short strings fit the 125-character limit, long strings 250", () => {
    const short = xml.slice(xml.indexOf("<bt:ShortStrings>"), xml.indexOf("</bt:ShortStrings>"));
    for (const s of [...short.matchAll(/DefaultValue="([^"]*)"/g)]) expect(s[1]!.length).toBeLessThanOrEqual(125);
    const long = xml.slice(xml.indexOf("<bt:LongStrings>"), xml.indexOf("</bt:LongStrings>"));
    for (const s of [...long.matchAll(/DefaultValue="([^"]*)"/g)]) expect(s[1]!.length).toBeLessThanOrEqual(250);
  });
  it("Home tab: 'Nilai IID' runs the score command without the pane, 'Panel IID' opens the pane, both in the shared runtime", () => {
    const home = xml.slice(xml.indexOf('<OfficeTab id="TabHome">'), xml.indexOf("</OfficeTab>"));
    const controls = [...home.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)].map((m) => ({ id: m[1]!, body: m[2]! }));
    expect(controls.map((c) => c.id)).toEqual(["Inovasi.Score", "Inovasi.OpenPane"]);
    const label = (body: string) => {
      const resid = /<Label resid="([^"]+)"\/>/.exec(body)![1]!;
      return new RegExp(`<bt:String id="${resid.replace(".", "\\.")}" DefaultValue="([^"]+)"`).exec(xml)![1];
    };
    const [score, pane] = controls as [{ id: string; body: string }, { id: string; body: string }];
    expect(label(score.body)).toBe("Nilai IID");
    expect(score.body).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>([^<]+)<\/FunctionName>\s*<\/Action>/);
    // the function name the manifest calls is the one the command code registers
    expect(/<FunctionName>([^<]+)<\/FunctionName>/.exec(score.body)![1]).toBe(SCORE_COMMAND);
    expect(label(pane.body)).toBe("Panel IID");
    expect(pane.body).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    // ExecuteFunction runs in the function file; with the shared runtime it is the pane's page (one store for both)
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    for (const c of controls) {
      expect(c.body.indexOf("<Label")).toBeLessThan(c.body.indexOf("<Supertip>"));
      expect(c.body.indexOf("<Supertip>")).toBeLessThan(c.body.indexOf("<Icon>"));
      expect(c.body.indexOf("<Icon>")).toBeLessThan(c.body.indexOf("<Action"));
    }
  });
});
