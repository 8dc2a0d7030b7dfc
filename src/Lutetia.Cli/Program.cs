using Lutetia.Cli;

return LutetiaCli.Run(args, Console.Out, Console.Error);
