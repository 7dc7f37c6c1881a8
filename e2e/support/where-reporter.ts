import { relative } from "node:path";
import type {
  FullConfig,
  FullResult,
  Reporter,
  TestCase,
  TestResult,
} from "@playwright/test/reporter";

/** Prints where the HTML report and the traces of failed tests are, at the end of a run. */
export default class WhereReporter implements Reporter {
  private readonly traces: string[] = [];
  private outputDir = "test-results";

  onBegin(config: FullConfig): void {
    this.outputDir = relative(process.cwd(), config.projects[0]?.outputDir ?? "test-results");
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const attachment of result.attachments) {
      if (attachment.name === "trace" && attachment.path) {
        this.traces.push(relative(process.cwd(), attachment.path));
      }
    }
  }

  onEnd(result: FullResult): void {
    const lines = [
      `\ne2e ${result.status}. HTML report: playwright-report/index.html (npx playwright show-report)`,
    ];
    if (this.traces.length > 0) {
      lines.push(`Traces of failed tests (npx playwright show-trace <file>):`);
      for (const trace of this.traces) lines.push(`  ${trace}`);
    } else {
      lines.push(`Traces, screenshots and videos of failed tests are kept in ${this.outputDir}/.`);
    }
    console.log(lines.join("\n"));
  }

  printsToStdio(): boolean {
    return false;
  }
}
