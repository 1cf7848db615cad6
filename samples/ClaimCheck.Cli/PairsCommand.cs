namespace ClaimCheck.Cli;

/// <summary><c>claimcheck pairs INPUT.tsv [--out OUT.tsv]</c>.</summary>
internal static class PairsCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        throw new UsageException("pairs is not available yet");
    }
}
