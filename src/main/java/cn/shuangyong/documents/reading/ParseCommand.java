package cn.shuangyong.documents.reading;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar shuangyong.jar parse FILE}: reads one notice and prints its draft as JSON, without starting
 * Spring, the web server or the database. Output and messages are written as UTF-8 bytes whatever the locale,
 * so a console set to GBK or POSIX still gets valid JSON. Exit 0 for a readable file (even one with no items),
 * 2 for a file that cannot be read, 64 for a wrong command line.
 */
public final class ParseCommand {

	static final int READ = 0;
	static final int UNREADABLE = 2;
	static final int USAGE = 64;

	// Spring Boot sets logging up only when it starts. Without it Logback logs to standard output, where a warning
	// from POI would break the JSON, so the command points Logback at its own configuration for as long as it runs;
	// Logback reads it when the first library logs. Where logging is already set up this changes nothing.
	private static final String LOGGING_PROPERTY = "logback.configurationFile";
	private static final String LOGGING = "cn/shuangyong/documents/reading/parse-command-logging.xml";
	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ParseCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2 || !"parse".equals(args[0])) {
			write(err, "用法：java -jar shuangyong.jar parse 文件（.txt、.md、.docx、.doc、.pdf、.xlsx、.xls，或扫描页 .png、.jpg）\n");
			return USAGE;
		}
		boolean ownLogging = System.getProperty(LOGGING_PROPERTY) == null;
		if (ownLogging) {
			System.setProperty(LOGGING_PROPERTY, LOGGING);
		}
		try {
			return parse(args[1], out, err);
		}
		finally {
			if (ownLogging) {
				System.clearProperty(LOGGING_PROPERTY);
			}
		}
	}

	private static int parse(String file, PrintStream out, PrintStream err) {
		try {
			NoticeDraft draft = new NoticeReader().read(Path.of(file));
			write(out, JSON.writeValueAsString(draft) + "\n");
			return READ;
		}
		catch (UnreadableNoticeException e) {
			write(err, "无法读取通知：" + e.getMessage() + "\n");
			return UNREADABLE;
		}
		catch (InvalidPathException e) {
			// Under LANG=C the JVM cannot map a Chinese file name to the file system at all.
			write(err, "无法读取通知：文件名「" + file + "」无效，或含有当前区域设置无法表示的字符；"
					+ "请在 UTF-8 区域设置下运行（如 LANG=C.UTF-8）\n");
			return UNREADABLE;
		}
	}

	private static void write(PrintStream stream, String text) {
		try {
			stream.write(text.getBytes(StandardCharsets.UTF_8));
			stream.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
