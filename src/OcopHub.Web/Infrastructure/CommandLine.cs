using OcopHub.Web.Data;

namespace OcopHub.Web.Infrastructure;

/// <summary>Maintenance commands: `dotnet run --project src/OcopHub.Web -- migrate` and others registered here.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, (string Help, Func<WebApplication, string[], Task<int>> Run)> Commands = new()
    {
        ["migrate"] = ("Apply migrations and load reference data, then exit.", async (app, _) => { await app.InitialiseDatabaseAsync(); return 0; }),
        ["generate"] = (Features.Generator.GenerateCommand.Help, Features.Generator.GenerateCommand.RunAsync),
    };

    public static void Register(string name, string help, Func<WebApplication, string[], Task<int>> run) => Commands[name] = (help, run);

    /// <returns>true when the arguments named a command (which has then run); false to start the server.</returns>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        if (args[0] is "help" or "--help")
        {
            foreach (var (name, c) in Commands) Console.WriteLine($"  {name,-10} {c.Help}");
            return true;
        }
        if (!Commands.TryGetValue(args[0], out var command)) return false;
        Environment.ExitCode = await command.Run(app, args[1..]);
        return true;
    }
}
