package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.SystemActor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar shuangyong.jar import-beneficiaries FILE [--mode=VALID_ROWS] [--unit=yn-office] [spring options]}:
 * an operator's import of a local file on behalf of an office (the initial load from the old ledgers, the benchmark),
 * through the same code as uploads but without the upload size limit. It prints one summary line:
 * {@code status=DONE rows=… imported=… rejected=… seconds=… rows_per_s=…}. Exit 0 when DONE, 1 when FAILED, 64 for a
 * wrong command line.
 */
public final class ImportCommand {

	public static final String NAME = "import-beneficiaries";

	private ImportCommand() {
	}

	/** @param start starts the platform (its web server on a free loopback port), with the options left over */
	public static int run(String[] args, java.util.function.Function<String[], ConfigurableApplicationContext> start,
			PrintStream out) {
		Path file = null;
		ImportMode mode = ImportMode.ALL_OR_NOTHING;
		String unitKey = "yn-office";
		List<String> rest = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--mode=")) {
				mode = ImportMode.valueOf(arg.substring(7));
			}
			else if (arg.startsWith("--unit=")) {
				unitKey = arg.substring(7);
			}
			else if (arg.startsWith("--")) {
				rest.add(arg);
			}
			else if (file == null) {
				file = Path.of(arg);
			}
		}
		if (file == null || !Files.isReadable(file)) {
			write(out, "用法：java -jar shuangyong.jar " + NAME
					+ " 文件（.xlsx、.xls 或 .csv） [--mode=ALL_OR_NOTHING|VALID_ROWS] [--unit=单位目录键，默认 yn-office]\n");
			return 64;
		}
		// the security configuration needs a web context; a web server on a free loopback port costs little
		rest.add("--server.port=0");
		rest.add("--server.address=127.0.0.1");
		try (ConfigurableApplicationContext context = start.apply(rest.toArray(String[]::new))) {
			Directory directory = context.getBean(Directory.class);
			String key = unitKey;
			Unit unit = directory.catalogueUnit(key).orElseThrow(() -> new IllegalArgumentException("没有目录键为 " + key + " 的单位"));
			SystemActor actor = new SystemActor("import-command", unit.id().value(), unit.regionCode().value(),
					Set.of(BeneficiaryImports.PERSONAL_DATA_READ, BeneficiaryImports.WORK_EDIT));
			long started = System.nanoTime();
			ImportJob job = context.getBean(BeneficiaryImports.class).importLocalFile(file, mode, actor);
			double seconds = (System.nanoTime() - started) / 1e9;
			write(out, String.format("status=%s job=%d rows=%d imported=%d rejected=%d seconds=%.2f rows_per_s=%.0f%n%s%n",
					job.status(), job.id(), job.total(), job.imported(), job.rejected(), seconds,
					job.imported() / Math.max(seconds, 1e-9), job.message()));
			return job.status() == ImportStatus.DONE ? 0 : 1;
		}
		catch (ImportFileException e) {
			write(out, "无法导入：" + e.getMessage() + "\n");
			return 1;
		}
		catch (IOException e) {
			write(out, "无法读取文件：" + e.getMessage() + "\n");
			return 1;
		}
	}

	private static void write(PrintStream stream, String text) {
		stream.write(text.getBytes(StandardCharsets.UTF_8), 0, text.getBytes(StandardCharsets.UTF_8).length);
		stream.flush();
	}
}
