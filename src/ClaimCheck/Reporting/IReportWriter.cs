namespace ClaimCheck.Reporting;

/// <summary>Renders a report in one format.</summary>
/// <remarks>Implementations must be thread-safe and deterministic.</remarks>
public interface IReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    void Write(CrossCheckReport report, TextWriter output);
}

public sealed partial class CrossCheckReport
{
    /// <summary>Renders the report with a writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <returns>The rendered report.</returns>
    public string Render(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write(this, sw);
        return sw.ToString();
    }

    /// <summary>The report as indented JSON (schema version 1).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Render(new JsonReportWriter());
}
