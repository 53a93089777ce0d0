package cn.sunledger.tlog;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where the JDBC readers of a log get their connection, and what happens to it afterwards: the publisher reads
 * on its own transaction's connection (it must see what it has just written, and must not close it); the
 * portal opens a connection per query from its DataSource.
 */
abstract class LogConnections {

    abstract Connection open() throws SQLException;

    abstract void release(Connection c) throws SQLException;

    /** Connections from {@code dataSource}, each closed after its query. */
    static LogConnections over(DataSource dataSource) {
        return new LogConnections() {
            @Override
            Connection open() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            void release(Connection c) throws SQLException {
                c.close();
            }
        };
    }

    /** A connection the caller owns and keeps open, e.g. the one of the running transaction. */
    static LogConnections within(Connection connection) {
        return new LogConnections() {
            @Override
            Connection open() {
                return connection;
            }

            @Override
            void release(Connection c) {
                // borrowed: the owner closes it
            }
        };
    }

    /** Runs {@code query} on a connection and releases it, turning SQL failures into unchecked ones. */
    <T> T query(String logRegion, Query<T> query) {
        Connection c = null;
        try {
            c = open();
            return query.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read log " + logRegion, e);
        } finally {
            if (c != null) {
                try {
                    release(c);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot release the connection of log " + logRegion, e);
                }
            }
        }
    }

    @FunctionalInterface
    interface Query<T> {
        T run(Connection c) throws SQLException;
    }
}
