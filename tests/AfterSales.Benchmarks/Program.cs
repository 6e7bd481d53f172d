using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AfterSales.Benchmarks.DeadlineBenchmarks).Assembly).Run(args);
