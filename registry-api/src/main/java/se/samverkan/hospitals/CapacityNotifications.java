package se.samverkan.hospitals;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the database for capacity reports stored by any application instance (NOTIFY is sent on
 * commit by {@link CapacityReporting}) and fires {@link CapacityChanged} in this instance. The database is
 * the only shared state, so any number of instances behind a load balancer stream the same changes.
 * One dedicated connection (LISTEN needs a session of its own), re-opened after a database outage.
 */
@ApplicationScoped
public class CapacityNotifications {

    private static final Logger LOG = Logger.getLogger(CapacityNotifications.class.getName());
    private static final int POLL_MILLIS = 250;
    private static final long RECONNECT_MILLIS = 2000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<CapacityChanged> changes;

    @Inject
    @ConfigProperty(name = "samverkan.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "samverkan.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "samverkan.db.password")
    String password;

    private volatile boolean running;
    private Thread listener;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("samverkan-capacity-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CapacityReporting.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                LOG.info("Listening for capacity changes on channel " + CapacityReporting.CHANNEL);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Capacity listener lost the database; retrying in {0} ms: {1}",
                            new Object[] {RECONNECT_MILLIS, e.getMessage()});
                    pause();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Capacity listener failed; restarting it", e);
                pause();
            }
        }
    }

    private void deliver(String payload) {
        String[] parts = payload.split(" ");
        if (parts.length != 2) {
            LOG.warning("Ignoring malformed capacity notification: " + payload);
            return;
        }
        try {
            changes.fire(new CapacityChanged(parts[0], Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            // One failing subscriber must not stop the stream for the others.
            LOG.log(Level.WARNING, "Delivering capacity change " + payload + " failed", e);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        props.setProperty("ApplicationName", "samverkan-capacity-listener");
        Connection connection = new org.postgresql.Driver().connect(url, props);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
