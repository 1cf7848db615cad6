using System.Collections;
using System.Reflection;
using AngleSharp.Html.Parser;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public class DisplayTests
{
    [Test]
    public void HtmlDisplayIsAnEmbeddableFragment()
    {
        string html = SampleReports.Mixed().ToDisplayString("text/html");
        Assert.That(html, Does.Not.Contain("<!DOCTYPE").And.Not.Contain("<html").And.Not.Contain("<body"));
        var doc = new HtmlParser().ParseDocument(html);
        Assert.That(doc.QuerySelectorAll("div.claimcheck"), Has.Length.EqualTo(1));
        Assert.That(doc.QuerySelectorAll("section.findings"), Has.Length.EqualTo(5));
    }

    [Test]
    public void OtherMimeTypesGiveTextMarkdownOrJson()
    {
        var report = SampleReports.Mixed();
        Assert.That(report.ToDisplayString("text/plain"), Is.EqualTo(report.ToText()));
        Assert.That(report.ToDisplayString("text/markdown"), Is.EqualTo(report.ToMarkdown()));
        Assert.That(report.ToDisplayString("application/json"), Is.EqualTo(report.ToJson()));
        Assert.That(report.ToDisplayString("TEXT/HTML; charset=utf-8"), Is.EqualTo(report.ToDisplayString("text/html")));
    }

    /// <summary>Replays how .NET Interactive's Formatter finds convention-based formatter sources (by attribute type name, through reflection).</summary>
    [Test]
    public void NotebookFormatterIsFoundByConvention()
    {
        var report = SampleReports.Mixed();
        var attribute = typeof(CrossCheckReport).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var preferred = (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
        Assert.That(preferred, Is.EqualTo(new[] { "text/html" }));

        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        var byMime = new Dictionary<string, string>();
        foreach (var formatter in formatters)
        {
            var type = formatter.GetType();
            string mime = (string)type.GetProperty("MimeType")!.GetValue(formatter)!;
            Assert.That(type.GetProperty("Type")!.GetValue(formatter), Is.EqualTo(typeof(CrossCheckReport)));
            MethodInfo format = type.GetMethod("Format", new[] { typeof(object), typeof(TextWriter) })!;
            var writer = new StringWriter();
            Assert.That(format.Invoke(formatter, new object[] { report, writer }), Is.True);
            Assert.That(format.Invoke(formatter, new object[] { "not a report", new StringWriter() }), Is.False);
            byMime[mime] = writer.ToString();
        }
        Assert.That(byMime["text/html"], Is.EqualTo(report.ToDisplayString("text/html")));
        Assert.That(byMime["text/plain"], Is.EqualTo(report.ToText()));
    }
}
