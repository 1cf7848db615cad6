using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ClaimCheck.Tests.Docs;

/// <summary>The README's C# examples compile and run against the library, from the repository root.</summary>
[NonParallelizable]
public class ReadmeTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    internal static List<string> CSharpBlocks(string markdown)
    {
        var blocks = new List<string>();
        var lines = markdown.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp") continue;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].TrimEnd() != "```"; i++) body.Add(lines[i]);
            blocks.Add(string.Join("\n", body));
        }
        return blocks;
    }

    [Test]
    public async Task EveryCSharpExampleRuns()
    {
        string root = RepoRoot();
        var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(4));
        var options = ScriptOptions.Default
            .AddReferences(typeof(CrossCheckPipeline).Assembly)
            .AddImports("System", "System.Linq", "System.Collections.Generic");
        string previous = Environment.CurrentDirectory;
        var output = new StringWriter();
        var console = Console.Out;
        try
        {
            Environment.CurrentDirectory = root;
            Console.SetOut(output);
            foreach (var block in blocks)
            {
                // each block stands alone, as a reader would paste it
                await CSharpScript.RunAsync(block, options);
            }
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = previous;
        }
        string printed = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(printed, Does.Contain("ClaimCheck report: 5 sources"));
            Assert.That(printed, Does.Contain("Conflict (Number)"));
            Assert.That(printed, Does.Contain("person:ada-lovelace"));
        });
    }
}
