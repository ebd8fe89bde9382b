package cn.shuangyong.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 15 server whose cluster lives in a local folder. Zonky's binaries are used first; where the machine
 * refuses what they need (as root, initdb runs through {@code unshare -U}), Debian's PostgreSQL 15 runs as user
 * {@code postgres} instead.
 */
interface EmbeddedPostgresServer extends AutoCloseable {

	Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	int port();

	@Override
	void close();

	static EmbeddedPostgresServer start(Path clusterDir, int port) throws IOException {
		Files.createDirectories(clusterDir.getParent());
		StalePostmaster.clear(clusterDir);
		try {
			return ZonkyServer.start(clusterDir, port);
		}
		catch (IOException | RuntimeException zonkyFailed) {
			if (!DebianServer.available()) {
				throw zonkyFailed;
			}
			log.warn("内置数据库无法以当前方式启动（{}），改用系统自带的 PostgreSQL 15", zonkyFailed.getMessage());
			return DebianServer.start(clusterDir, port);
		}
	}

	/** Zonky's bundled binaries. */
	record ZonkyServer(EmbeddedPostgres postgres) implements EmbeddedPostgresServer {

		static ZonkyServer start(Path clusterDir, int port) throws IOException {
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(clusterDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				// zonky turns durability off for tests; the platform keeps real data
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on")
				.setServerConfig("full_page_writes", "on")
				// every test context keeps its own pool on the one server the JVM shares
				.setServerConfig("max_connections", "300");
			if (port > 0) {
				builder.setPort(port);
			}
			return new ZonkyServer(builder.start());
		}

		@Override
		public int port() {
			return postgres.getPort();
		}

		@Override
		public void close() {
			try {
				postgres.close();
			}
			catch (IOException e) {
				log.warn("关闭内置数据库失败", e);
			}
		}
	}
}
