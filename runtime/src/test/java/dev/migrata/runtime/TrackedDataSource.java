package dev.migrata.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that keeps every connection it hands out, in order (the migrator's own first, then
 * the watch's), runs a hook when the migrator closes one, and leaves them open for the test to look
 * at until it is closed itself.
 */
final class TrackedDataSource implements AutoCloseable {

    private final PGSimpleDataSource target = new PGSimpleDataSource();
    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();
    private final List<Integer> closedByCaller = new CopyOnWriteArrayList<>();
    private volatile IntConsumer onClose = index -> {};

    TrackedDataSource(String url) {
        target.setUrl(url);
    }

    /** Runs {@code hook} with a connection's place in {@link #handedOut()} when the migrator closes it. */
    TrackedDataSource onClose(IntConsumer hook) {
        this.onClose = hook;
        return this;
    }

    /** The connections handed out so far, still open unless the database ended them. */
    List<Connection> handedOut() {
        return handedOut;
    }

    /** The places in {@link #handedOut()} of the connections their user closed. */
    List<Integer> closedByCaller() {
        return closedByCaller;
    }

    DataSource dataSource() {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection connection = (Connection) invoke(target, method, args);
                handedOut.add(connection);
                return tracked(connection, handedOut.size() - 1);
            }
            return invoke(target, method, args);
        };
        return (DataSource)
                Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, handler);
    }

    private Connection tracked(Connection connection, int index) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close")) {
                if (!closedByCaller.contains(index)) {
                    closedByCaller.add(index);
                    onClose.accept(index);
                }
                return null;
            }
            return invoke(connection, method, args);
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws Exception {
        for (Connection connection : handedOut) {
            connection.close();
        }
    }
}
