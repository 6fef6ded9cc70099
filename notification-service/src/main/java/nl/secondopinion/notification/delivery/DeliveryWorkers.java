package nl.secondopinion.notification.delivery;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.secondopinion.notification.event.EventStored;

/**
 * The worker threads. Each looks for an event to dispatch, else a delivery to send, and
 * sleeps for the poll interval when there is neither; a newly stored event wakes them. On
 * shutdown they finish the message in hand (graceful stop) before the JVM ends.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

	private final Dispatcher dispatcher;

	private final Deliverer deliverer;

	private final DeliveryProperties properties;

	private final Object monitor = new Object();

	private final List<Thread> threads = new ArrayList<>();

	private long signals;

	private volatile boolean running;

	DeliveryWorkers(Dispatcher dispatcher, Deliverer deliverer, DeliveryProperties properties) {
		this.dispatcher = dispatcher;
		this.deliverer = deliverer;
		this.properties = properties;
	}

	@EventListener
	void onEventStored(EventStored stored) {
		wakeUp();
	}

	void wakeUp() {
		synchronized (this.monitor) {
			this.signals++;
			this.monitor.notifyAll();
		}
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			log.info("Delivery workers disabled on this instance");
			return;
		}
		this.running = true;
		for (int i = 0; i < this.properties.workers(); i++) {
			Thread thread = new Thread(this::work, "delivery-worker-" + i);
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	private void work() {
		while (this.running) {
			long seen;
			synchronized (this.monitor) {
				seen = this.signals;
			}
			boolean worked = false;
			try {
				worked = this.dispatcher.dispatchOne() || this.deliverer.deliverOne();
				if (!worked) {
					this.deliverer.recoverInDoubt();
				}
			}
			catch (RuntimeException ex) {
				// E.g. the database away for a moment: wait a poll interval and try
				// again.
				log.error("Delivery worker step failed: {}", ex.toString());
			}
			if (!worked) {
				synchronized (this.monitor) {
					if (this.running && this.signals == seen) {
						try {
							this.monitor.wait(Math.max(1, this.properties.pollInterval().toMillis()));
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
		wakeUp();
		for (Thread thread : this.threads) {
			try {
				thread.join(this.properties.sendLease().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stops before the web server and the database client.
		return Integer.MAX_VALUE - 2048;
	}

}
