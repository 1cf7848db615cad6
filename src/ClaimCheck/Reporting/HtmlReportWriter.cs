using System.Net;

namespace ClaimCheck.Reporting;

/// <summary>Writes a report as one self-contained HTML page.</summary>
/// <remarks>Thread-safe: the writer holds no state. Every piece of article text is HTML-escaped.</remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ClaimCheck report</title></head><body><pre>");
        output.Write(WebUtility.HtmlEncode(report.Render(new TextReportWriter())));
        output.WriteLine("</pre></body></html>");
    }
}
