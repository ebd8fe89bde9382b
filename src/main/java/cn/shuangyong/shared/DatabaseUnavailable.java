package cn.shuangyong.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A failure that says the database could not be reached, not that the request was wrong: no connection within the
 * pool's timeout, a refused or broken connection (SQLSTATE class 08), a server shutting down or starting (57P01–57P03),
 * a node that no longer takes writes after a failover (25006). Such a request is answered 503 with {@link #MESSAGE}:
 * during a failover an HTTP Basic call whose account cannot be read is not a wrong password, and its caller must not
 * be told to sign in again.
 */
public final class DatabaseUnavailable {

	/** The detail of the 503, in Chinese like every API answer. */
	public static final String MESSAGE = "数据库暂时无法访问（可能正在切换主备），本次操作未完成。这不是登录失效，请稍后重试。";

	/** Seconds a client should wait before trying again: about one failover of the cluster's PostgreSQL. */
	public static final String RETRY_AFTER_SECONDS = "30";

	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "25006");

	private DatabaseUnavailable() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
