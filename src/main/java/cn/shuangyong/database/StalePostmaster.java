package cn.shuangyong.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a kill -9 of the platform, its postmaster may still run and hold {@code postmaster.pid}; a new start would
 * then fail. Stop that process first, and clear the pid file.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void clear(Path clusterDir) throws IOException {
		Path pidFile = clusterDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
				.map(String::trim).filter(s -> s.matches("\\d+"))
				.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
				.filter(StalePostmaster::isPostgres);
		if (postmaster.isPresent()) {
			log.warn("发现上次未正常关闭的数据库进程 {}，先将其停止", postmaster.get().pid());
			stop(postmaster.get());
		}
		Files.deleteIfExists(pidFile);
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(c -> c.contains("postgres")).orElse(true);
	}

	private static void stop(ProcessHandle process) {
		process.destroy();
		try {
			process.onExit().get(Duration.ofSeconds(15).toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception timeout) {
			process.destroyForcibly();
		}
	}
}
