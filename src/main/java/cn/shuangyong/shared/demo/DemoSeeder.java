package cn.shuangyong.shared.demo;

import java.util.Set;

/**
 * A module's demo data, loaded once in demo mode. A seeder names itself and the seeders whose data it builds on;
 * {@link DemoSeeding} runs them in that order and records each one it has run, so none needs its own way of deciding.
 */
public interface DemoSeeder {

	/** A short name, unique among seeders, such as {@code accounts} or {@code plan}. */
	String name();

	/** The names of the seeders that must have run first. */
	default Set<String> needs() {
		return Set.of();
	}

	/** Loads the data. Runs only in demo mode and only once per database. */
	void seed();
}
