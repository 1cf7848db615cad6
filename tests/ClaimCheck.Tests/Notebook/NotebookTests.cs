using System.Collections.Immutable;
using System.Reflection;
using ClaimCheck.Reporting;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Notebook;

/// <summary>Runs the tour notebook's C# cells in order, as Polyglot Notebooks would, against the built library.</summary>
[NonParallelizable]
public class NotebookTests
{
    private static string NotebookPath => Path.Combine(TestData.Root, "Notebooks", "ClaimCheck.Tour.ipynb");

    /// <summary>The notebook's C# code cells, with <c>#r "nuget:…"</c> and <c>#!</c> magic lines dropped (they need the network or a kernel).</summary>
    internal static List<string> CodeCells(string path)
    {
        var notebook = JObject.Parse(File.ReadAllText(path));
        var cells = new List<string>();
        foreach (var cell in notebook["cells"]!)
        {
            if ((string?)cell["cell_type"] != "code") continue;
            string language = (string?)cell["metadata"]?["dotnet_interactive"]?["language"] ?? "csharp";
            if (language != "csharp") continue;
            var source = cell["source"]!;
            string text = source.Type == JTokenType.Array ? string.Concat(source.Select(t => (string?)t)) : (string?)source ?? "";
            var lines = text.Split('\n').Where(l => !l.TrimStart().StartsWith("#r \"nuget:", StringComparison.Ordinal) && !l.TrimStart().StartsWith("#!", StringComparison.Ordinal));
            cells.Add(string.Join("\n", lines));
        }
        return cells;
    }

    [Test]
    public void NotebookIsCopiedToTheTestOutput()
    {
        Assert.That(File.Exists(NotebookPath), Is.True, NotebookPath);
    }

    [Test]
    public void NotebookIsAPolyglotCSharpNotebook()
    {
        var notebook = JObject.Parse(File.ReadAllText(NotebookPath));
        Assert.That((int?)notebook["nbformat"], Is.EqualTo(4));
        Assert.That((string?)notebook["metadata"]?["kernelspec"]?["name"], Is.EqualTo(".net-csharp"));
        Assert.That(notebook["metadata"]?["polyglot_notebook"], Is.Not.Null);
        var code = notebook["cells"]!.Where(c => (string?)c["cell_type"] == "code").ToList();
        Assert.That(code, Has.Count.EqualTo(6));
        Assert.That(code.All(c => (string?)c["metadata"]?["dotnet_interactive"]?["language"] == "csharp"));
        Assert.That(string.Concat(code[0]["source"]!.Select(t => (string?)t)), Does.StartWith("#r \"nuget: ClaimCheck"));
    }

    [Test]
    public async Task EveryCellRunsInOrder()
    {
        // Mirror the repository layout (samples/notebooks next to samples/data) in a scratch folder, and run
        // from the notebook's folder, as Polyglot Notebooks does.
        string root = Path.Combine(Path.GetTempPath(), "claimcheck-notebook-" + Guid.NewGuid().ToString("N"));
        string notebooks = Path.Combine(root, "samples", "notebooks");
        string corpus = Path.Combine(root, "samples", "data", "riyadh-2025");
        Directory.CreateDirectory(notebooks);
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(TestData.SampleCorpus)) File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        File.Copy(NotebookPath, Path.Combine(notebooks, "ClaimCheck.Tour.ipynb"));

        var options = ScriptOptions.Default
            .WithReferences(
                typeof(CrossCheckPipeline).Assembly,
                typeof(Enumerable).Assembly,
                typeof(ImmutableArray).Assembly,
                Assembly.Load("System.Runtime"),
                typeof(object).Assembly)
            .WithImports("System", "System.IO", "System.Linq", "System.Collections.Generic");

        string previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = notebooks;
            var cells = CodeCells(Path.Combine(notebooks, "ClaimCheck.Tour.ipynb"));
            ScriptState<object>? state = null;
            for (int i = 0; i < cells.Count; i++)
            {
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync(cells[i], options)
                        : await state.ContinueWithAsync(cells[i], options);
                }
                catch (Exception e)
                {
                    Assert.Fail($"code cell {i + 1} failed: {e.GetType().Name}: {e.Message}\n{cells[i]}");
                }
            }
            Assert.That(state, Is.Not.Null);
            var report = state!.GetVariable("report")?.Value as CrossCheckReport;
            Assert.That(report, Is.Not.Null);
            Assert.That(report!.Sources, Has.Length.EqualTo(5));
            Assert.That(state.GetVariable("comparison")?.Value, Is.InstanceOf<ClaimCheck.Comparison.ClaimComparison>());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(root, recursive: true);
        }
    }
}
