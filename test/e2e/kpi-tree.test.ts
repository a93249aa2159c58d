import { expect, it } from "vitest";
import { describeInBrowser, screenshot, seriousA11yViolations } from "./harness.js";
import { signedInDashboard } from "./signed-in-dashboard.js";

interface Node {
  id: string;
  name: string;
  status: string;
  drivers: Node[];
}

describeInBrowser("the KPI tree", () => {
  const suite = signedInDashboard();

  it("draws the North Star at the root with its drivers nested below, each with its depth and light in words", async () => {
    const tree = (await (
      await suite.page.request.get(`${suite.server.url}/api/v1/kpi-tree`)
    ).json()) as {
      northStar: string;
      roots: Node[];
    };
    const root = tree.roots[0] as Node;
    expect(root.id).toBe(tree.northStar);
    const driver = root.drivers.find((d) => d.drivers.length > 0) as Node;
    const leaf = driver.drivers[0] as Node;

    await suite.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "KPI tree", exact: true })
      .click();
    await suite.page.getByRole("heading", { level: 1, name: "KPI tree" }).waitFor();
    const star = suite.page.getByTestId(`kpi-node-${root.id}`);
    await star.waitFor();
    expect(await star.getAttribute("aria-level")).toBe("1");
    expect(await star.locator(".kpi-node").first().textContent()).toContain("North Star");
    const driverItem = star.getByTestId(`kpi-node-${driver.id}`);
    expect(await driverItem.getAttribute("aria-level")).toBe("2");
    const leafItem = driverItem.getByTestId(`kpi-node-${leaf.id}`);
    expect(await leafItem.getAttribute("aria-level")).toBe("3");
    const words = { green: "Healthy", amber: "Watch", red: "Red", unknown: "No data" } as Record<
      string,
      string
    >;
    expect(await leafItem.locator(".badge").first().textContent()).toBe(words[leaf.status]);
    const items = await suite.page
      .getByRole("list", { name: "KPI driver tree" })
      .locator("li")
      .count();
    const count = (nodes: Node[]): number => nodes.reduce((n, x) => n + 1 + count(x.drivers), 0);
    expect(items).toBe(count(tree.roots));
    expect(await seriousA11yViolations(suite.page)).toEqual([]);
    await screenshot(suite.page, "kpi-tree");

    await leafItem.getByRole("link", { name: leaf.name }).first().click();
    await suite.page.getByRole("heading", { level: 1, name: leaf.name }).waitFor();
  });
});
