"""A Rasa graph component that adds the screening facts stated in a message as entities.

Each entity is named after the fact slot it fills (the domain maps slots `from_entity`), so a
fact volunteered at any point of the conversation lands in its slot. Answers that only make sense
as a reply to a question ("yes", "67") are read by the form's validation action, which knows the
question; this component sees one message and no context.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.dates import today
from bot.nlu.extract import extract_facts
from bot.nlu import spelling
from bot.nlu.lexicon import term_matcher


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ScreeningFactExtractor(GraphComponent, EntityExtractorMixin):
    """Rule-based fact extraction on a blank spaCy pipeline (see bot/nlu/extract.py and bot/nlu/facts/)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ScreeningFactExtractor":
        # build the spaCy matcher and the spelling indexes when the model loads, not on the first message
        term_matcher()
        spelling.prepare()
        return cls(config)

    def __init__(self, config: Optional[Dict[Text, Any]] = None) -> None:
        self.component_config = config or {}

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text.strip():
                continue
            extraction = extract_facts(text, today())
            entities = [
                {"entity": slot, "value": value, "start": 0, "end": len(text), "confidence": 1.0,
                 "approximate": slot in extraction.approximate}
                for slot, value in extraction.facts.items()
            ]
            if entities:
                message.set(ENTITIES, message.get(ENTITIES, []) + self.add_extractor_name(entities),
                            add_to_output=True)
        return messages
