"""The Faust app, its topics and its settings, in one place.

Topic and table values travel as raw bytes (orjson-encoded pydantic records):
each agent validates them itself, so a malformed message becomes a dead letter
instead of a codec error deep inside Faust, and nothing is encoded twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import faust
from faust.transport.drivers import aiokafka as faust_kafka

from streams import topics
from streams.settings import Settings


# Faust fixes the consumer's fetch_max_wait_ms at 1,500. A broker that answers a
# fetch only when that wait expires, rather than as soon as records arrive (Tansu,
# measured), then adds ~0.75 s per hop: 2.2 s median end-to-end latency at 20
# articles/s over three hops. A short wait costs an idle worker a few empty
# fetches a second and keeps each hop prompt.
FETCH_MAX_WAIT_MS = 25


class _PromptConsumerThread(faust_kafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport):
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS  # read when the fetcher starts
        return consumer


class _PromptConsumer(faust_kafka.Consumer):
    def _new_consumer_thread(self):
        return _PromptConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _PromptTransport(faust_kafka.Transport):
    Consumer = _PromptConsumer


class App(faust.App):
    def _new_transport(self):
        return _PromptTransport(self.conf.broker_consumer, self)


@dataclass
class Topics:
    raw: faust.TopicT
    lang: faust.TopicT
    entities: faust.TopicT
    enriched: faust.TopicT
    deadletter: faust.TopicT
    entity_stats: faust.TopicT
    stories: faust.TopicT


def faust_credentials(settings: Settings):
    if settings.sasl_mechanism:
        return faust.SASLCredentials(
            username=settings.sasl_username, password=settings.sasl_password,
            mechanism=settings.sasl_mechanism, ssl_context=settings.ssl_context())
    if settings.uses_tls:
        return faust.SSLCredentials(settings.ssl_context())
    return None


def create_app(settings: Settings) -> tuple[faust.App, Topics]:
    assert settings.bootstrap_servers, "resolve the broker before creating the app"
    brokers = ";".join(f"kafka://{server}" for server in settings.bootstrap_servers.split(","))
    app = App(
        settings.app_id,
        broker=brokers,
        broker_credentials=faust_credentials(settings),
        store="memory://",
        value_serializer="raw",
        key_serializer="raw",
        topic_partitions=settings.partitions,
        topic_replication_factor=1,
        topic_allow_declare=False,  # streams.topics declares every topic up front
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=settings.heartbeat_s,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_bind=settings.web_host,
        canonical_url=settings.web_url,
        datadir=str(settings.data_dir / "faust"),
        producer_linger=0.005,
        # Measured on a one-hop pass-through agent with 5 KB messages: the 16 KB
        # default batch holds three records (more CPU per message), and a 1 MB
        # fetch per partition starves the agent between fetches (1,100/s -> 2,000/s).
        producer_max_batch_size=1024 * 1024,
        producer_max_request_size=8 * 1024 * 1024,
        consumer_max_fetch_size=16 * 1024 * 1024,
        table_cleanup_interval=60.0,
    )

    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes,
                         partitions=topics.partitions_for(name, settings), internal=False)

    return app, Topics(
        raw=topic(topics.RAW), lang=topic(topics.LANG), entities=topic(topics.ENTITIES),
        enriched=topic(topics.ENRICHED), deadletter=topic(topics.DEADLETTER),
        entity_stats=topic(topics.ENTITY_STATS), stories=topic(topics.STORIES),
    )
