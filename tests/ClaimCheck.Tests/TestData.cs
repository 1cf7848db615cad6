namespace ClaimCheck.Tests;

/// <summary>Paths to the data the suite ships with (copied next to the test assembly).</summary>
internal static class TestData
{
    public static string Root => Path.Combine(TestContext.CurrentContext.TestDirectory);
    public static string SampleCorpus => Path.Combine(Root, "SampleData", "riyadh-2025");
    public static string PlantedCorpus => Path.Combine(Root, "Data", "planted");
    public static string Gold(string name) => Path.Combine(Root, "Data", "gold", name);
    public static string SampleFile(string prefix) =>
        Directory.GetFiles(SampleCorpus, prefix + "*.txt").Single();
}
