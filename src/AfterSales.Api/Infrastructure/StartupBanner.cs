using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AfterSales.Api.Infrastructure;

internal static partial class StartupBanner
{
    /// <summary>Tells a newcomer where Swagger UI is and how to get a token.</summary>
    public static void Log(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AfterSales");
        LogSwagger(logger, address);
        if (app.Environment.IsDevelopment())
        {
            LogToken(logger, address);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Swagger UI: {Address}/swagger")]
    private static partial void LogSwagger(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Get a token: curl -X POST {Address}/api/v1/dev/tokens -H 'Content-Type: application/json' -d '{{\"role\":\"Admin\"}}' " +
        "(or {{\"staffId\":\"01930000-0000-7000-8001-000000000001\"}} for the demo center's clerk), then Authorize in Swagger UI.")]
    private static partial void LogToken(ILogger logger, string address);
}
