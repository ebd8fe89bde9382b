package cn.shuangyong.supervision.tasklife;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import cn.shuangyong.supervision.TaskSource;

/**
 * The task sources the modules declare, by code. A code that does not fit the task row, or that two modules claim,
 * stops the application at start rather than mixing two modules' tasks.
 */
@Component
public class TaskSources {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

	private final Map<String, TaskSource> byCode = new LinkedHashMap<>();

	TaskSources(List<TaskSource> sources) {
		for (TaskSource source : sources) {
			String code = source.code();
			if (code == null || !CODE.matcher(code).matches()) {
				throw new IllegalStateException("task source code must be upper-case letters, digits and _ (at most 20): "
						+ code + " of " + source.getClass().getName());
			}
			if (source.label() == null || source.label().isBlank()) {
				throw new IllegalStateException("task source " + code + " needs a label");
			}
			TaskSource before = byCode.putIfAbsent(code, source);
			if (before != null) {
				throw new IllegalStateException("task source " + code + " is declared twice: by "
						+ before.getClass().getName() + " and " + source.getClass().getName());
			}
		}
	}

	public Optional<TaskSource> byCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** The link to a task's record; a code no module declares keeps its code as label and has no page. */
	public SourceLink link(String code, long sourceId) {
		TaskSource source = byCode.get(code);
		return source == null ? new SourceLink(code, sourceId, code, null)
				: new SourceLink(code, sourceId, source.label(), source.href(sourceId));
	}

	/** Refuses a source no module declared: a task must lead back somewhere. */
	public void requireDeclared(TaskSource source) {
		if (source == null || !byCode.containsKey(source.code())) {
			throw new IllegalArgumentException("undeclared task source: a module declares its TaskSource as a bean");
		}
	}
}
