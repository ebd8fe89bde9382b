package cn.shuangyong.audit;

import java.util.List;

/**
 * The result of walking the hash chain: how many entries were checked, which entries no longer match their hash
 * (changed), and where entries are missing (removed).
 *
 * @param alteredIds entries whose content no longer gives their stored hash
 * @param gaps places where the chain skips: one or more entries between two that remain were removed
 */
public record ChainCheck(long checked, List<Long> alteredIds, List<Gap> gaps) {

	public ChainCheck {
		alteredIds = List.copyOf(alteredIds);
		gaps = List.copyOf(gaps);
	}

	public boolean intact() {
		return alteredIds.isEmpty() && gaps.isEmpty();
	}

	/** How many places of the chain are wrong. */
	public int problems() {
		return alteredIds.size() + gaps.size();
	}

	/**
	 * Entries were removed after {@code afterId} and before {@code beforeId}. A null {@code afterId} means at the
	 * start of the log, a null {@code beforeId} at its end (the newest entries).
	 */
	public record Gap(Long afterId, Long beforeId) {
	}
}
