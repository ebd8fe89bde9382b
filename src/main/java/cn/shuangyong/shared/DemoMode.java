package cn.shuangyong.shared;

/**
 * Whether demo accounts and demo data are loaded. On by default on the embedded database; with an external database
 * ({@code spring.datasource.url} set) off unless {@code shuangyong.demo.enabled=true}.
 */
public record DemoMode(boolean enabled) {
}
